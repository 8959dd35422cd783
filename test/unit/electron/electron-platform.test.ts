// The renderer's Electron Platform over a fake bridge: each method sends the right channel and
// payload, Electron's remote-error prefix is stripped, menu commands arrive typed.
import { describe, expect, it, vi } from 'vitest';
import type { ReportCover } from '../../../core/report';
import type { SizewiseBridge } from '../../../electron/shared/ipc-contract';
import { createElectronPlatform, remoteErrorMessage } from '../../../renderer/src/platform/electron-platform';

function fakeBridge(result: unknown = null) {
  let menuListener: ((payload: unknown) => void) | undefined;
  const bridge = {
    invoke: vi.fn(async () => result),
    on: vi.fn((_channel: string, listener: (payload: unknown) => void) => {
      menuListener = listener;
      return () => (menuListener = undefined);
    }),
  } satisfies SizewiseBridge;
  return { bridge, emit: (payload: unknown) => menuListener?.(payload) };
}

/** A whole report cover: only its footer fields may cross to main (the schema is strict). */
const COVER: ReportCover = {
  title: 'Sizing report',
  portfolioName: 'EMA sample',
  firstDate: '2023-01-03',
  lastDate: '2025-10-08',
  capital: 100000,
  fraction: 0.5,
  trades: 384,
  strategies: ['0DTE CCS - EMA Entry'],
  generatedAt: '2025-10-09T12:00:00.000Z',
};

describe('electron platform', () => {
  it('maps every Platform method to its contract channel and payload', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const bytes = new Uint8Array([1, 2, 3]);
    await platform.openFiles('import');
    await platform.openRecent('token-0001');
    await platform.listRecent();
    await platform.saveWorkspace(bytes, { saveAs: false, suggestedName: 'Untitled' });
    await platform.saveWorkspace(bytes, { token: 'token-0001', saveAs: true, suggestedName: 'book' });
    await platform.writeRecovery(bytes);
    await platform.readRecovery();
    await platform.clearRecovery();
    await platform.exportPdf({ pageSize: 'Letter', suggestedName: 'report', footer: COVER });
    await platform.saveText('a,b', { suggestedName: 't.csv', filterName: 'CSV', extensions: ['csv'] });
    platform.setTitle('Sizewise — book', true);

    expect(platform.kind).toBe('electron');
    expect(bridge.invoke.mock.calls).toEqual([
      ['files:open', { purpose: 'import' }],
      ['files:open-recent', { token: 'token-0001' }],
      ['files:list-recent', {}],
      ['workspace:save', { bytes, saveAs: false, suggestedName: 'Untitled' }],
      ['workspace:save', { bytes, token: 'token-0001', saveAs: true, suggestedName: 'book' }],
      ['recovery:write', { bytes }],
      ['recovery:read', {}],
      ['recovery:clear', {}],
      ['report:export-pdf', { pageSize: 'Letter', suggestedName: 'report', footer: { title: 'Sizing report', portfolioName: 'EMA sample', generatedAt: '2025-10-09T12:00:00.000Z' } }],
      ['export:save-text', { text: 'a,b', suggestedName: 't.csv', filterName: 'CSV', extensions: ['csv'] }],
      ['window:set-title', { title: 'Sizewise — book', dirty: true }],
    ]);
  });

  it('rethrows main’s error message without Electron’s prefix', async () => {
    const { bridge } = fakeBridge();
    bridge.invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'files:open': Error: \"big.csv\" is 200.0 MB; the largest import Sizewise opens is 150.0 MB."));
    await expect(createElectronPlatform(bridge).openFiles('import')).rejects.toThrow(/^"big\.csv" is 200\.0 MB; the largest import Sizewise opens is 150\.0 MB\.$/);
    expect(remoteErrorMessage(new Error("Error invoking remote method 'x': IpcRequestError: Invalid request"))).toBe('Invalid request');
    expect(remoteErrorMessage('plain')).toBe('plain');
  });

  it('delivers menu commands and unsubscribes', () => {
    const { bridge, emit } = fakeBridge();
    const listener = vi.fn();
    const unsubscribe = createElectronPlatform(bridge).onMenuCommand(listener);
    expect(bridge.on).toHaveBeenCalledWith('menu:command', expect.any(Function));
    emit({ kind: 'open-recent', token: 'token-0002' });
    unsubscribe();
    emit('save');
    expect(listener.mock.calls).toEqual([[{ kind: 'open-recent', token: 'token-0002' }]]);
  });

  it('explains a missing bridge', () => {
    expect(() => createElectronPlatform(undefined)).toThrow('The Electron bridge (window.sizewiseBridge) is missing: the preload did not run.');
  });
});
