/**
 * The object the preload exposes to the page as `window.sizewiseBridge`: `invoke` and `on`,
 * restricted to the contract's channels. Listeners get the payload only, never the
 * IpcRendererEvent (which would hand the page `ipcRenderer` itself). Events that arrive
 * before the renderer subscribes (e.g. "open this file" right after launch) are queued and
 * delivered to the first listener.
 */
import type { IpcRenderer } from 'electron';
import { EVENT_CHANNELS, type EventChannel, isEventChannel, isInvokeChannel } from '../shared/channels';
import type { SizewiseBridge } from '../shared/ipc-contract';

/** Undelivered events kept per channel before the renderer subscribes. */
export const MAX_QUEUED_EVENTS = 50;

type Listener = (payload: unknown) => void;

export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on'>): SizewiseBridge {
  const listeners = new Map<EventChannel, Set<Listener>>(EVENT_CHANNELS.map((channel) => [channel, new Set<Listener>()]));
  const queued = new Map<EventChannel, unknown[]>(EVENT_CHANNELS.map((channel) => [channel, []]));

  for (const channel of EVENT_CHANNELS) {
    ipc.on(channel, (_event, payload: unknown) => {
      const current = listeners.get(channel)!;
      if (current.size === 0) {
        const queue = queued.get(channel)!;
        if (queue.length < MAX_QUEUED_EVENTS) queue.push(payload);
        return;
      }
      for (const listener of current) listener(payload);
    });
  }

  return {
    invoke(channel, payload) {
      if (!isInvokeChannel(channel)) return Promise.reject(new Error(`Unknown IPC channel ${JSON.stringify(channel)}.`));
      return ipc.invoke(channel, payload);
    },
    on(channel, listener) {
      if (!isEventChannel(channel)) throw new Error(`Unknown IPC event channel ${JSON.stringify(channel)}.`);
      if (typeof listener !== 'function') throw new Error('The listener must be a function.');
      listeners.get(channel)!.add(listener);
      const backlog = queued.get(channel)!.splice(0);
      for (const payload of backlog) listener(payload);
      return () => {
        listeners.get(channel)!.delete(listener);
      };
    },
  };
}
