// The preload bridge (window.sizewiseBridge): invoke and on restricted to contract channels,
// listeners get the payload only (never the IpcRendererEvent), unsubscribe works, and events
// sent before the renderer subscribed are delivered to its first listener.
import { describe, expect, it, vi } from 'vitest';
import { MAX_QUEUED_EVENTS, createBridge } from '../../../electron/preload/bridge';

function fakeIpcRenderer() {
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const ipc = {
    invoke: vi.fn(async (channel: string, payload: unknown) => ({ channel, payload })),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener)),
  };
  const emit = (channel: string, payload: unknown) => listeners.get(channel)!({ sender: 'the ipcRenderer itself' }, payload);
  return { ipc, emit };
}

describe('preload bridge', () => {
  it('forwards contract channels to ipcRenderer.invoke', async () => {
    const { ipc } = fakeIpcRenderer();
    const bridge = createBridge(ipc as never);
    await expect(bridge.invoke('files:open', { purpose: 'import' })).resolves.toEqual({ channel: 'files:open', payload: { purpose: 'import' } });
  });

  it('refuses any other channel without touching IPC', async () => {
    const { ipc } = fakeIpcRenderer();
    const bridge = createBridge(ipc as never);
    await expect(bridge.invoke('ELECTRON_BROWSER_REQUIRE', 'fs')).rejects.toThrow('Unknown IPC channel "ELECTRON_BROWSER_REQUIRE".');
    expect(ipc.invoke).not.toHaveBeenCalled();
    expect(() => bridge.on('some-internal-channel', () => undefined)).toThrow('Unknown IPC event channel "some-internal-channel".');
  });

  it('delivers menu commands as payload only, and stops after unsubscribe', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const bridge = createBridge(ipc as never);
    const listener = vi.fn();
    const unsubscribe = bridge.on('menu:command', listener);
    emit('menu:command', 'save');
    unsubscribe();
    emit('menu:command', 'open');
    expect(listener.mock.calls).toEqual([['save']]);
  });

  it('queues events sent before the first subscription (launch files), up to the cap', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const bridge = createBridge(ipc as never);
    for (let i = 0; i < MAX_QUEUED_EVENTS + 5; i++) emit('menu:command', { kind: 'open-recent', token: `token-${i}` });
    const listener = vi.fn();
    bridge.on('menu:command', listener);
    expect(listener).toHaveBeenCalledTimes(MAX_QUEUED_EVENTS);
    expect(listener.mock.calls[0]).toEqual([{ kind: 'open-recent', token: 'token-0' }]);
    const second = vi.fn();
    bridge.on('menu:command', second);
    expect(second).not.toHaveBeenCalled();
  });
});
