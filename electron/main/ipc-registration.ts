/**
 * Registers every contract channel on `ipcMain`. Each call is accepted only from a frame
 * showing the app itself, then goes through `dispatch` (zod validation, then the handler).
 */
import type { IpcMain } from 'electron';
import { INVOKE_CHANNELS } from '../shared/channels';
import type { IpcHandlers } from '../shared/ipc-contract';
import { IpcRequestError, dispatch } from './dispatch';

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: IpcHandlers, isAppUrl: (url: string) => boolean): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(senderUrl)) throw new IpcRequestError(`Refused "${channel}" from a page that is not the app (${senderUrl || 'unknown'}).`);
      return dispatch(handlers, channel, payload);
    });
  }
}
