/**
 * The application menu as a pure template builder. File items send a MenuCommand to the
 * renderer (which owns the workspace); Open Recent lists the last 10 workspaces by name, each
 * carrying its opaque token; Edit/View/Window/Help use Electron's standard roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../shared/payloads';

export interface MenuOptions {
  platform: NodeJS.Platform;
  recent: RecentFile[];
  /** Developer tools in the View menu (development builds only). */
  devTools: boolean;
  send: (command: MenuCommand) => void;
  clearRecent: () => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { send } = options;
  const isMac = options.platform === 'darwin';
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(menuCommand),
  });

  const recentItems: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ label: 'No Recent Workspaces', enabled: false }]
      : options.recent.map((file) => command(file.name, { kind: 'open-recent', token: file.token }));

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New', 'new', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      {
        label: 'Open Recent',
        submenu: [...recentItems, { type: 'separator' }, { label: 'Clear Recent', enabled: options.recent.length > 0, click: () => options.clearRecent() }],
      },
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('Import…', 'import', 'CmdOrCtrl+I'),
      command('Export Report…', 'export-report', 'CmdOrCtrl+P'),
      { type: 'separator' },
      command('Close', 'close', 'CmdOrCtrl+W'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(options.devTools ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: 'About Sizewise' }] },
  ];
}
