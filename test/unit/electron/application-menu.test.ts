// The application menu template: File items in order with accelerators, each sending its
// MenuCommand; Open Recent with up to 10 workspaces by name (token only in the command);
// standard Edit/View/Window/Help roles; macOS gets the app menu, others a Quit item.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../renderer/src/platform/platform';

function build(platform: NodeJS.Platform, recentCount = 2) {
  const sent: MenuCommand[] = [];
  const clearRecent = vi.fn();
  const recent = Array.from({ length: recentCount }, (_, i) => ({ name: `book-${i + 1}.sizewise`, token: `token-000${i + 1}` }));
  const template = buildMenuTemplate({ platform, recent, devTools: false, send: (command) => sent.push(command), clearRecent });
  return { template, sent, clearRecent };
}

const submenuOf = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('application menu', () => {
  it('lists the File items in order and sends their commands', () => {
    const { template, sent } = build('linux');
    const file = submenuOf(template[0]);
    expect(template[0].label).toBe('File');
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'New', 'Open…', 'Open Recent', 'separator', 'Save', 'Save As…', 'separator', 'Import…', 'Export Report…', 'separator', 'Close', 'separator', 'quit',
    ]);
    expect(file.filter((item) => item.accelerator).map((item) => [item.label, item.accelerator])).toEqual([
      ['New', 'CmdOrCtrl+N'],
      ['Open…', 'CmdOrCtrl+O'],
      ['Save', 'CmdOrCtrl+S'],
      ['Save As…', 'CmdOrCtrl+Shift+S'],
      ['Import…', 'CmdOrCtrl+I'],
      ['Export Report…', 'CmdOrCtrl+P'],
      ['Close', 'CmdOrCtrl+W'],
    ]);
    for (const item of file.filter((entry) => entry.click)) click(item);
    expect(sent).toEqual(['new', 'open', 'save', 'save-as', 'import', 'export-report', 'close']);
  });

  it('puts the recent workspaces under Open Recent, opening them by token', () => {
    const { template, sent, clearRecent } = build('linux', 10);
    const recent = submenuOf(submenuOf(template[0])[2]);
    expect(recent.map((item) => item.label ?? item.type)).toEqual([...Array.from({ length: 10 }, (_, i) => `book-${i + 1}.sizewise`), 'separator', 'Clear Recent']);
    click(recent[3]);
    expect(sent).toEqual([{ kind: 'open-recent', token: 'token-0004' }]);
    click(recent[11]);
    expect(clearRecent).toHaveBeenCalledTimes(1);
  });

  it('shows a disabled placeholder when there are no recent workspaces', () => {
    const recent = submenuOf(submenuOf(build('win32', 0).template[0])[2]);
    expect(recent.map((item) => [item.label ?? item.type, item.enabled])).toEqual([
      ['No Recent Workspaces', false],
      ['separator', undefined],
      ['Clear Recent', false],
    ]);
  });

  it('uses the standard roles for Edit, View, Window and Help', () => {
    const { template } = build('linux');
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(submenuOf(template[2]).map((item) => item.role ?? item.type)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
  });

  it('adds the app menu on macOS and leaves Quit to it', () => {
    const { template } = build('darwin');
    expect(template[0].role).toBe('appMenu');
    expect(submenuOf(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('offers reload and developer tools only in development', () => {
    const template = buildMenuTemplate({ platform: 'linux', recent: [], devTools: true, send: () => undefined, clearRecent: () => undefined });
    expect(submenuOf(template[2]).slice(0, 2).map((item) => item.role)).toEqual(['reload', 'toggleDevTools']);
  });
});
