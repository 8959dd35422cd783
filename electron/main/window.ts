/**
 * Creates the one Sizewise window with the hardened webPreferences from `security.ts`.
 * (Navigation, new-window and permission guards are installed for every webContents and the
 * session in `index.ts`.) Shown when its first paint is ready, so it never flashes white.
 */
import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Sizewise',
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
