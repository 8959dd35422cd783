/**
 * The single entry point from the IPC boundary into the handlers: checks the channel is in
 * the contract, validates the payload with its zod schema, and only then calls the handler.
 * No Electron import: main's `ipcMain.handle` registrations and the end-to-end test's fake
 * bridge both go through here.
 */
import { z } from 'zod';
import { isInvokeChannel } from '../shared/channels';
import { type IpcHandlers, requestSchemas } from '../shared/ipc-contract';

export class IpcRequestError extends Error {
  override readonly name = 'IpcRequestError';
}

export async function dispatch(handlers: IpcHandlers, channel: unknown, payload: unknown): Promise<unknown> {
  if (!isInvokeChannel(channel)) throw new IpcRequestError(`Unknown IPC channel ${JSON.stringify(channel)}.`);
  const parsed = requestSchemas[channel].safeParse(payload);
  if (!parsed.success) throw new IpcRequestError(`Invalid request for "${channel}": ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
  const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
  return handler(parsed.data);
}
