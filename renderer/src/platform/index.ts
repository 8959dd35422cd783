/**
 * Picks the Platform implementation: the Electron preload bridge when the app runs in the
 * desktop shell (`window.sizewiseBridge` exists), the browser implementation otherwise.
 */
import type { Platform } from './platform';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';

export type { MenuCommand, OpenedFile, Platform, RecentFile } from './platform';

export function getPlatform(): Platform {
  const bridge = (window as { sizewiseBridge?: unknown }).sizewiseBridge;
  return bridge ? createElectronPlatform() : createBrowserPlatform();
}
