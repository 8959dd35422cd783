/**
 * IPC channel names, and nothing else: the sandboxed preload imports this file, so it must
 * stay free of dependencies (no zod). The payload schemas and types for these channels are
 * in `ipc-contract.ts`, which checks at compile time that both lists agree.
 */

/** Renderer → main request/response channels (`ipcRenderer.invoke` / `ipcMain.handle`). */
export const INVOKE_CHANNELS = [
  'files:open',
  'files:open-recent',
  'files:list-recent',
  'workspace:save',
  'recovery:write',
  'recovery:read',
  'recovery:clear',
  'report:export-pdf',
  'export:save-text',
  'window:set-title',
] as const;

/** Main → renderer event channels (`webContents.send` / `ipcRenderer.on`). */
export const EVENT_CHANNELS = ['menu:command'] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}
