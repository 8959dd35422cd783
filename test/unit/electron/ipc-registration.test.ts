// ipcMain registration: every contract channel is handled; calls from a frame that is not
// the app are refused; app calls go through zod validation to the handler.
import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers } from '../../../electron/main/ipc-registration';
import { appUrlMatcher } from '../../../electron/main/security';
import { INVOKE_CHANNELS } from '../../../electron/shared/channels';
import type { IpcHandlers } from '../../../electron/shared/ipc-contract';

function register() {
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const ipcMain = { handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => registered.set(channel, listener) };
  const handlers = Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, vi.fn(async () => `ok ${channel}`)])) as unknown as IpcHandlers;
  registerIpcHandlers(ipcMain as never, handlers, appUrlMatcher('app://sizewise/'));
  return { registered, handlers };
}

const fromApp = { senderFrame: { url: 'app://sizewise/index.html' } };

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    expect([...register().registered.keys()]).toEqual([...INVOKE_CHANNELS]);
  });

  it('dispatches a valid call from the app', async () => {
    const { registered, handlers } = register();
    await expect(registered.get('files:open')!(fromApp, { purpose: 'import' })).resolves.toBe('ok files:open');
    expect(handlers['files:open']).toHaveBeenCalledWith({ purpose: 'import' });
  });

  it('rejects an invalid payload before the handler', async () => {
    const { registered, handlers } = register();
    await expect(registered.get('files:open-recent')!(fromApp, { token: 42 })).rejects.toThrow('Invalid request for "files:open-recent"');
    expect(handlers['files:open-recent']).not.toHaveBeenCalled();
  });

  it('refuses calls from a page that is not the app', async () => {
    const { registered, handlers } = register();
    expect(() => registered.get('recovery:read')!({ senderFrame: { url: 'https://evil.example/' } }, {})).toThrow(
      'Refused "recovery:read" from a page that is not the app (https://evil.example/).',
    );
    expect(() => registered.get('recovery:read')!({ senderFrame: null }, {})).toThrow('(unknown)');
    expect(handlers['recovery:read']).not.toHaveBeenCalled();
  });
});
