/**
 * Electron main process: wires the app together and holds no logic of its own. The pieces it
 * connects are plain, tested modules: security.ts (hardening), app-protocol.ts (serving the
 * renderer), handlers.ts + dispatch.ts (IPC), file-session.ts (tokens, recent files),
 * menu.ts, close-guard.ts, launch-files.ts.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import type { MenuCommand } from '../shared/payloads';
import { sendEvent } from '../shared/ipc-contract';
import { APP_BASE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol';
import { CLOSE_DIALOG_OPTIONS, type CloseGuard, closeChoiceFromResponse, createCloseGuard } from './close-guard';
import { nodeFileOps } from './file-ops';
import { FileSession } from './file-session';
import { type DialogPort, type WindowPort, createHandlers, recoveryPath } from './handlers';
import { registerIpcHandlers } from './ipc-registration';
import { openCommandsFor, workspacePathsFromArgv } from './launch-files';
import { buildMenuTemplate } from './menu';
import { appUrlMatcher, applySessionSecurity, applyWindowSecurity } from './security';
import { createMainWindow } from './window';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isAppUrl = appUrlMatcher(devServerUrl ?? APP_BASE_URL);
const outDir = join(import.meta.dirname, '..');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

let mainWindow: BrowserWindow | null = null;
let fileSession: FileSession | null = null;
let closeGuard: CloseGuard | null = null;
/** Workspaces the OS asked to open before the window could take them. */
const launchPaths: string[] = workspacePathsFromArgv(process.argv, app.isPackaged, process.cwd());

function sendCommand(command: MenuCommand): void {
  if (mainWindow) sendEvent(mainWindow.webContents, 'menu:command', command);
}

const dialogPort: DialogPort = {
  async showOpen({ title, filters, multiple }) {
    const options: Electron.OpenDialogOptions = { title, filters, properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'] };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  },
  async showSave({ title, defaultPath, filters }) {
    const options: Electron.SaveDialogOptions = { title, defaultPath, filters, properties: ['showOverwriteConfirmation', 'createDirectory'] };
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};

const windowPort: WindowPort = {
  setTitle(title, dirty) {
    mainWindow?.setTitle(title);
    if (process.platform === 'darwin') mainWindow?.setDocumentEdited(dirty);
    closeGuard?.setDirty(dirty);
  },
  async printToPDF(options) {
    if (!mainWindow) throw new Error('There is no window to print.');
    const pdf = await mainWindow.webContents.printToPDF(options);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  },
};

/** Hand queued launch files to the renderer (opening the window first if there is none). */
async function openLaunchFiles(): Promise<void> {
  if (!fileSession) return; // not started yet: the window's first load picks the files up
  if (!mainWindow) return openWindow();
  const paths = launchPaths.splice(0);
  for (const command of await openCommandsFor(paths, nodeFileOps, fileSession)) sendCommand(command);
}

function openWindow(): void {
  const window = createMainWindow({ preloadPath: join(outDir, 'preload', 'index.cjs') });
  const guard = createCloseGuard({
    async confirm() {
      const { response } = await dialog.showMessageBox(window, { ...CLOSE_DIALOG_OPTIONS, buttons: [...CLOSE_DIALOG_OPTIONS.buttons] });
      return closeChoiceFromResponse(response);
    },
    requestSave: () => sendEvent(window.webContents, 'menu:command', 'save'),
    discardRecovery: () => nodeFileOps.remove(recoveryPath(app.getPath('userData'))),
    closeWindow: () => window.close(),
  });
  mainWindow = window;
  closeGuard = guard;
  window.on('close', (event) => {
    if (!guard.onCloseRequested()) event.preventDefault();
  });
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null;
      closeGuard = null;
    }
  });
  window.webContents.once('did-finish-load', () => void openLaunchFiles());
  void window.loadURL(devServerUrl ?? `${APP_BASE_URL}index.html`);
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const loaded = await FileSession.load({ files: nodeFileOps, recentListPath: join(userData, 'recent.json'), randomId: randomUUID });
  fileSession = loaded;

  applySessionSecurity(session.defaultSession, { isAppUrl, production: devServerUrl === undefined });
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(join(outDir, 'renderer'), request.url));

  const handlers = createHandlers({
    files: nodeFileOps,
    dialog: dialogPort,
    window: windowPort,
    session: loaded,
    paths: { userData, documents: app.getPath('documents') },
    onWorkspaceSaveFinished: (saved) => closeGuard?.saveFinished(saved),
  });
  registerIpcHandlers(ipcMain, handlers, isAppUrl);

  const refreshMenu = (): void => {
    const template = buildMenuTemplate({
      platform: process.platform,
      recent: loaded.listRecent(),
      devTools: !app.isPackaged,
      send: sendCommand,
      clearRecent: () => void loaded.clearRecent(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  loaded.onRecentChanged(refreshMenu);
  refreshMenu();
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Files from the OS: macOS 'open-file' (also before 'ready'), or a second launch's argv.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    launchPaths.push(path);
    void openLaunchFiles();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    launchPaths.push(...workspacePathsFromArgv(argv, app.isPackaged, workingDirectory));
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    void openLaunchFiles();
  });
  app.on('activate', () => {
    if (fileSession && !mainWindow) openWindow();
  });
  app.on('web-contents-created', (_event, contents) => applyWindowSecurity(contents, isAppUrl));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.setAboutPanelOptions({ applicationName: 'Sizewise', applicationVersion: app.getVersion() });
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Sizewise could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
