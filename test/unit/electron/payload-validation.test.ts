// dispatch(): the channel must be in the contract and the payload must match its zod schema
// before any handler runs; invalid requests are rejected with a message naming the problem.
import { describe, expect, it, vi } from 'vitest';
import { IpcRequestError, dispatch } from '../../../electron/main/dispatch';
import { INVOKE_CHANNELS } from '../../../electron/shared/channels';
import type { IpcHandlers } from '../../../electron/shared/ipc-contract';

const FOOTER = { title: 'Sizing report', portfolioName: 'EMA sample', generatedAt: '2025-10-09T12:00:00.000Z' };

function spyHandlers(): IpcHandlers {
  return Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, vi.fn(async () => `handled ${channel}`)])) as unknown as IpcHandlers;
}

describe('dispatch', () => {
  it('calls the handler with the validated payload', async () => {
    const handlers = spyHandlers();
    await expect(dispatch(handlers, 'files:open', { purpose: 'workspace' })).resolves.toBe('handled files:open');
    expect(handlers['files:open']).toHaveBeenCalledWith({ purpose: 'workspace' });
  });

  it('passes a report footer of plain strings through', async () => {
    const handlers = spyHandlers();
    const payload = { pageSize: 'A4', suggestedName: 'report', footer: FOOTER };
    await expect(dispatch(handlers, 'report:export-pdf', payload)).resolves.toBe('handled report:export-pdf');
    expect(handlers['report:export-pdf']).toHaveBeenCalledWith(payload);
  });

  it('rejects a channel outside the contract', async () => {
    await expect(dispatch(spyHandlers(), 'fs:readFile', { path: '/etc/passwd' })).rejects.toThrow(new IpcRequestError('Unknown IPC channel "fs:readFile".'));
  });

  const invalid: [string, unknown, string][] = [
    ['files:open', { purpose: 'anything' }, 'purpose'],
    ['files:open', null, 'expected object'],
    ['files:open', { purpose: 'import', path: '/etc/passwd' }, 'path'],
    ['files:open-recent', { token: '../../etc/passwd' }, 'must be a file token issued by main'],
    ['workspace:save', { bytes: 'not bytes', saveAs: false, suggestedName: 'a' }, 'must be a Uint8Array'],
    ['workspace:save', { bytes: new Uint8Array(1), saveAs: true, suggestedName: '../../evil.sizewise' }, 'must be a file name, not a path'],
    ['workspace:save', { bytes: new Uint8Array(1), saveAs: 'yes', suggestedName: 'a' }, 'saveAs'],
    ['report:export-pdf', { pageSize: 'A3', suggestedName: 'report', footer: FOOTER }, 'pageSize'],
    ['report:export-pdf', { pageSize: 'A4', suggestedName: 'report' }, 'footer'],
    ['report:export-pdf', { pageSize: 'A4', suggestedName: 'report', footer: '<div>Sizing report</div>' }, 'footer'],
    ['report:export-pdf', { pageSize: 'A4', suggestedName: 'report', footer: { ...FOOTER, portfolioName: 42 } }, 'portfolioName'],
    ['report:export-pdf', { pageSize: 'A4', suggestedName: 'report', footer: { ...FOOTER, generatedAt: null } }, 'generatedAt'],
    ['report:export-pdf', { pageSize: 'A4', suggestedName: 'report', footer: { ...FOOTER, portfolioName: 'x'.repeat(301) } }, 'portfolioName'],
    ['report:export-pdf', { pageSize: 'A4', suggestedName: 'report', footer: { ...FOOTER, footerTemplate: '<script></script>' } }, 'footerTemplate'],
    ['export:save-text', { text: 'a', suggestedName: 'a.csv', filterName: 'CSV', extensions: ['.csv'] }, 'must be an extension without a dot'],
    ['export:save-text', { text: 'a', suggestedName: 'a.csv', filterName: 'CSV', extensions: [] }, 'extensions'],
    ['window:set-title', { title: 'x'.repeat(301), dirty: false }, 'title'],
    ['recovery:write', {}, 'bytes'],
    ['files:list-recent', { extra: true }, 'extra'],
  ];

  it.each(invalid)('rejects %s with payload %j (message mentions %s) without calling the handler', async (channel, payload, mention) => {
    const handlers = spyHandlers();
    const failure = dispatch(handlers, channel, payload);
    await expect(failure).rejects.toBeInstanceOf(IpcRequestError);
    await expect(failure).rejects.toThrow(`Invalid request for "${channel}"`);
    await expect(failure).rejects.toThrow(mention);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });
});
