/**
 * The Platform inside the Electron shell: a typed view of `window.sizewiseBridge` (the one
 * object the preload exposes) following the IPC contract in electron/shared/ipc-contract.ts.
 * Main validates every payload; errors come back as plain messages (Electron's "Error
 * invoking remote method …" prefix removed) so the UI can show them as they are.
 */
import type { EventChannel, InvokeChannel } from '../../../electron/shared/channels';
import type { EventPayloads, IpcClient, RequestOf, ResponseOf, SizewiseBridge } from '../../../electron/shared/ipc-contract';
import type { Platform } from './platform';

declare global {
  interface Window {
    sizewiseBridge?: SizewiseBridge;
  }
}

/** "Error invoking remote method 'files:open': Error: <message>" → "<message>". */
export function remoteErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}

export function typedClient(bridge: SizewiseBridge): IpcClient {
  return {
    async invoke<C extends InvokeChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
      try {
        return (await bridge.invoke(channel, payload)) as ResponseOf<C>;
      } catch (error) {
        throw new Error(remoteErrorMessage(error));
      }
    },
    on<E extends EventChannel>(channel: E, listener: (payload: EventPayloads[E]) => void): () => void {
      return bridge.on(channel, (payload) => listener(payload as EventPayloads[E]));
    },
  };
}

export function createElectronPlatform(bridge: SizewiseBridge | undefined = globalThis.window?.sizewiseBridge): Platform {
  if (!bridge) throw new Error('The Electron bridge (window.sizewiseBridge) is missing: the preload did not run.');
  const client = typedClient(bridge);
  return {
    kind: 'electron',
    openFiles: (purpose) => client.invoke('files:open', { purpose }),
    openRecent: (token) => client.invoke('files:open-recent', { token }),
    listRecent: () => client.invoke('files:list-recent', {}),
    saveWorkspace: (bytes, { token, saveAs, suggestedName }) =>
      client.invoke('workspace:save', { bytes, saveAs, suggestedName, ...(token === undefined ? {} : { token }) }),
    writeRecovery: (bytes) => client.invoke('recovery:write', { bytes }),
    readRecovery: () => client.invoke('recovery:read', {}),
    clearRecovery: () => client.invoke('recovery:clear', {}),
    // Only the footer's three strings cross (main's schema is strict; a whole ReportCover may be passed).
    exportPdf: ({ pageSize, suggestedName, footer: { title, portfolioName, generatedAt } }) =>
      client.invoke('report:export-pdf', { pageSize, suggestedName, footer: { title, portfolioName, generatedAt } }),
    saveText: (text, { suggestedName, filterName, extensions }) => client.invoke('export:save-text', { text, suggestedName, filterName, extensions }),
    setTitle(title, dirty) {
      client.invoke('window:set-title', { title, dirty }).catch((error: unknown) => console.error('Could not set the window title:', error));
    },
    onMenuCommand: (listener) => client.on('menu:command', listener),
  };
}
