/**
 * The app in plain Chromium behind the REAL Electron IPC handlers: `createHandlers(deps)`
 * runs in the test process with real file operations in a temp folder, a fake DialogPort
 * that answers with prepared paths, and a WindowPort that records titles and prints with
 * playwright's `page.pdf()` using the options main passes to `printToPDF`
 * (electron/shared/report-pdf-options.ts). Every call goes through `dispatch` (channel and
 * zod payload validation), exactly as `ipcMain.handle` does. The page gets
 * `window.sizewiseBridge = { invoke, on }` before any script runs, so it picks the Electron
 * platform. Bytes cross `page.exposeFunction` (JSON only) as base64, both ways.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dispatch } from '../../electron/main/dispatch';
import { nodeFileOps } from '../../electron/main/file-ops';
import { FileSession } from '../../electron/main/file-session';
import { createHandlers, type DialogPort, type FileFilter, type WindowPort } from '../../electron/main/handlers';
import type { ElectronPdfOptions } from '../../electron/shared/report-pdf-options';
import type { MenuCommand } from '../../renderer/src/platform/platform';

const BYTES_TAG = '__sizewiseBytes';

/** Uint8Arrays replaced by `{ __sizewiseBytes: base64 }`, recursively (the page side mirrors this). */
function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_TAG]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeBytes(item)]));
  return value;
}

function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record[BYTES_TAG] === 'string') return new Uint8Array(Buffer.from(record[BYTES_TAG], 'base64'));
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decodeBytes(item)]));
  }
  return value;
}

/** Runs in the page before the app: the preload's `window.sizewiseBridge`, over the exposed function. */
function pageBridge(tag: string): void {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const toBase64 = (bytes: Uint8Array) => {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };
  const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { [tag]: toBase64(value) };
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
    return value;
  };
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record[tag] === 'string') return fromBase64(record[tag] as string);
      return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decode(item)]));
    }
    return value;
  };
  const w = window as unknown as {
    __sizewiseInvoke(channel: string, payload: unknown): Promise<unknown>;
    __sizewiseEmit(channel: string, payload: unknown): void;
    sizewiseBridge: unknown;
  };
  w.__sizewiseEmit = (channel, payload) => listeners.get(channel)?.forEach((listener) => listener(payload));
  w.sizewiseBridge = Object.freeze({
    invoke: async (channel: string, payload: unknown) => decode(await w.__sizewiseInvoke(channel, encode(payload))),
    on(channel: string, listener: Listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      listeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  });
}

/** What the fake native dialogs were asked, in order. */
export interface DialogRequest {
  kind: 'open' | 'save';
  title: string;
  filters: FileFilter[];
  defaultPath?: string;
}

export interface ElectronBridge {
  /** The temp folder: `userData/` and `documents/` live in it. */
  dir: string;
  paths: { userData: string; documents: string };
  /** The next open dialog answers these paths ([] = cancel). */
  answerOpen(paths: string[]): void;
  /** The next save dialog answers this path (null = cancel). */
  answerSave(path: string | null): void;
  dialogs: DialogRequest[];
  /** Every title main set on the window (formatted as main formats it, "● " when dirty). */
  titles: string[];
  /** PDFs printed through the WindowPort, with the options main passed. */
  prints: ElectronPdfOptions[];
  /** Sends an application menu command to the renderer (main's 'menu:command' event). */
  sendMenuCommand(command: MenuCommand): Promise<void>;
}

/** Installs the bridge on `page`; call before the app loads (OpenAppOptions.beforeLoad). */
export async function installElectronBridge(page: Page, dir: string): Promise<ElectronBridge> {
  const paths = { userData: join(dir, 'userData'), documents: join(dir, 'documents') };
  mkdirSync(paths.userData, { recursive: true });
  mkdirSync(paths.documents, { recursive: true });
  const openAnswers: string[][] = [];
  const saveAnswers: (string | null)[] = [];
  const dialogs: DialogRequest[] = [];
  const titles: string[] = [];
  const prints: ElectronPdfOptions[] = [];

  const dialog: DialogPort = {
    async showOpen({ title, filters }) {
      dialogs.push({ kind: 'open', title, filters });
      const answer = openAnswers.shift();
      if (!answer) throw new Error(`Test setup: no prepared answer for the open dialog "${title}".`);
      return answer;
    },
    async showSave({ title, defaultPath, filters }) {
      dialogs.push({ kind: 'save', title, filters, defaultPath });
      const answer = saveAnswers.shift();
      if (answer === undefined) throw new Error(`Test setup: no prepared answer for the save dialog "${title}".`);
      return answer;
    },
  };

  const windowPort: WindowPort = {
    setTitle(title) {
      titles.push(title);
    },
    async printToPDF(options) {
      prints.push(options);
      const { top, bottom, left, right } = options.margins;
      const pdf = await page.pdf({
        format: options.pageSize,
        printBackground: options.printBackground,
        margin: { top: `${top}in`, bottom: `${bottom}in`, left: `${left}in`, right: `${right}in` },
        displayHeaderFooter: options.displayHeaderFooter,
        headerTemplate: options.headerTemplate,
        footerTemplate: options.footerTemplate,
      });
      return new Uint8Array(pdf);
    },
  };

  const session = await FileSession.load({
    files: nodeFileOps,
    recentListPath: join(paths.userData, 'recent.json'),
    randomId: () => randomBytes(16).toString('base64url'),
  });
  const handlers = createHandlers({ files: nodeFileOps, dialog, window: windowPort, session, paths });

  await page.exposeFunction('__sizewiseInvoke', async (channel: unknown, payload: unknown) => encodeBytes(await dispatch(handlers, channel, decodeBytes(payload))));
  await page.addInitScript(pageBridge, BYTES_TAG);

  return {
    dir,
    paths,
    answerOpen: (answer) => openAnswers.push(answer),
    answerSave: (answer) => saveAnswers.push(answer),
    dialogs,
    titles,
    prints,
    async sendMenuCommand(command) {
      await page.evaluate(([channel, payload]) => (window as unknown as { __sizewiseEmit(c: string, p: unknown): void }).__sizewiseEmit(channel, payload), ['menu:command', command] as const);
    },
  };
}

/** The last window title main set. */
export function lastTitle(bridge: ElectronBridge): string | undefined {
  return bridge.titles.at(-1);
}
