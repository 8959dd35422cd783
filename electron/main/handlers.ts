/**
 * The IPC handlers: plain async functions over injected dependencies (file operations,
 * dialogs, the window, app paths), one per contract channel. No Electron import, so they run
 * in unit tests and, via `dispatch`, behind the end-to-end test's fake bridge in Chromium.
 */
import { basename, dirname, join } from 'node:path';
import type { IpcHandlers } from '../shared/ipc-contract';
import { type ElectronPdfOptions, electronPdfOptions } from '../shared/report-pdf-options';
import type { OpenedFile } from '../shared/payloads';
import type { FileOps } from './file-ops';
import type { FileKind, FileSession } from './file-session';
import { EXPORT_EXTENSIONS, TEXT_EXPORT_EXTENSIONS, assertExtensions, assertWorkspaceBytes, sanitizeFileName } from './save-guards';

export const WORKSPACE_EXTENSION = 'sizewise';
/** Imports are refused above this size (checked with stat, before reading). */
export const IMPORT_MAX_BYTES = 150 * 1024 * 1024;
/** Workspace files are refused above this size (the whole file travels to the renderer over IPC). */
export const WORKSPACE_MAX_BYTES = 1024 * 1024 * 1024;

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native dialogs, reduced to what the handlers need. */
export interface DialogPort {
  /** The chosen paths; [] when the user cancels. */
  showOpen(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<string[]>;
  /** The chosen path; null when the user cancels. */
  showSave(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
}

/** The app window the renderer lives in. */
export interface WindowPort {
  setTitle(title: string, dirty: boolean): void;
  printToPDF(options: ElectronPdfOptions): Promise<Uint8Array>;
}

export interface HandlerDeps {
  files: FileOps;
  dialog: DialogPort;
  window: WindowPort;
  session: FileSession;
  /** `app.getPath('userData')` and `app.getPath('documents')`. */
  paths: { userData: string; documents: string };
  limits?: { importBytes?: number; workspaceBytes?: number };
  /** Told when a workspace save ends (true: written; false: cancelled or failed). */
  onWorkspaceSaveFinished?: (saved: boolean) => void;
}

const WORKSPACE_FILTER: FileFilter = { name: 'Sizewise workspace', extensions: [...EXPORT_EXTENSIONS.workspace] };
const PDF_FILTER: FileFilter = { name: 'PDF document', extensions: [...EXPORT_EXTENSIONS.pdf] };
const IMPORT_FILTERS: FileFilter[] = [
  { name: 'Trade logs (CSV)', extensions: ['csv', 'txt', 'tsv'] },
  { name: 'All files', extensions: ['*'] },
];

export function recoveryPath(userData: string): string {
  return join(userData, `recovery.${WORKSPACE_EXTENSION}`);
}

/** The renderer's title (it names the workspace) with a leading dot while unsaved. */
export function formatWindowTitle(title: string, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${title.trim() || 'Sizewise'}`;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `path` with `extension` appended unless it already ends with one of `allowed`. */
export function withExtension(path: string, extension: string, allowed: string[] = [extension]): string {
  const lower = path.toLowerCase();
  return allowed.some((candidate) => lower.endsWith(`.${candidate.toLowerCase()}`)) ? path : `${path}.${extension}`;
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  const { files, dialog, window, session, paths } = deps;
  const importLimit = deps.limits?.importBytes ?? IMPORT_MAX_BYTES;
  const workspaceLimit = deps.limits?.workspaceBytes ?? WORKSPACE_MAX_BYTES;

  /** Read a file after checking its size with stat; null when it no longer exists. */
  async function readWithinLimit(path: string, kind: FileKind): Promise<Uint8Array | null> {
    const info = await files.stat(path);
    if (!info) return null;
    if (!info.isFile) throw new Error(`"${basename(path)}" is not a file.`);
    const limit = kind === 'import' ? importLimit : workspaceLimit;
    if (info.size > limit) {
      throw new Error(`"${basename(path)}" is ${formatMegabytes(info.size)}; the largest ${kind} Sizewise opens is ${formatMegabytes(limit)}.`);
    }
    return files.readFile(path);
  }

  async function openAs(path: string, kind: FileKind): Promise<OpenedFile | null> {
    const bytes = await readWithinLimit(path, kind);
    return bytes === null ? null : { name: basename(path), bytes, token: session.issue(path, kind) };
  }

  /** Ask where to save (the suggested name sanitized); the chosen path gets the filter's first extension unless it has one. */
  async function chooseSaveTarget(title: string, suggestedName: string, filter: FileFilter, folder: string): Promise<string | null> {
    const [extension] = filter.extensions;
    const defaultPath = join(folder, withExtension(sanitizeFileName(suggestedName), extension, filter.extensions));
    const chosen = await dialog.showSave({ title, defaultPath, filters: [filter] });
    return chosen === null ? null : withExtension(chosen, extension, filter.extensions);
  }

  async function saveWorkspace(payload: { bytes: Uint8Array; token?: string; saveAs: boolean; suggestedName: string }) {
    assertWorkspaceBytes(payload.bytes, workspaceLimit, 'workspace');
    const existing = payload.token === undefined ? null : session.resolve(payload.token, 'workspace');
    const target =
      existing !== null && !payload.saveAs
        ? existing
        : await chooseSaveTarget('Save workspace', payload.suggestedName, WORKSPACE_FILTER, existing === null ? paths.documents : dirname(existing));
    if (target === null) return null;
    await files.writeFileAtomic(target, payload.bytes);
    await session.addRecent(target);
    return { name: basename(target), token: session.issue(target, 'workspace') };
  }

  return {
    async 'files:open'({ purpose }) {
      const kind: FileKind = purpose;
      const chosen = await dialog.showOpen(
        kind === 'import'
          ? { title: 'Import trade logs', filters: IMPORT_FILTERS, multiple: true }
          : { title: 'Open workspace', filters: [WORKSPACE_FILTER], multiple: false },
      );
      const opened: OpenedFile[] = [];
      for (const path of chosen) {
        const file = await openAs(path, kind);
        if (!file) throw new Error(`"${basename(path)}" no longer exists.`);
        opened.push(file);
      }
      if (kind === 'workspace') for (const path of chosen) await session.addRecent(path);
      return opened;
    },

    async 'files:open-recent'({ token }) {
      const path = session.resolve(token, 'workspace');
      const file = await openAs(path, 'workspace');
      if (file) await session.addRecent(path);
      else await session.removeRecent(path);
      return file;
    },

    async 'files:list-recent'() {
      return session.listRecent();
    },

    async 'workspace:save'(payload) {
      let saved = false;
      try {
        const result = await saveWorkspace(payload);
        saved = result !== null;
        return result;
      } finally {
        deps.onWorkspaceSaveFinished?.(saved);
      }
    },

    async 'recovery:write'({ bytes }) {
      assertWorkspaceBytes(bytes, workspaceLimit, 'recovery copy');
      await files.writeFileAtomic(recoveryPath(paths.userData), bytes);
    },

    async 'recovery:read'() {
      return readWithinLimit(recoveryPath(paths.userData), 'workspace');
    },

    async 'recovery:clear'() {
      await files.remove(recoveryPath(paths.userData));
    },

    async 'report:export-pdf'({ pageSize, suggestedName, footer }) {
      const target = await chooseSaveTarget('Export report', suggestedName, PDF_FILTER, paths.documents);
      if (target === null) return null;
      await files.writeFileAtomic(target, await window.printToPDF(electronPdfOptions(pageSize, footer)));
      return { name: basename(target) };
    },

    async 'export:save-text'({ text, suggestedName, filterName, extensions }) {
      assertExtensions(extensions, TEXT_EXPORT_EXTENSIONS, filterName);
      const target = await chooseSaveTarget(`Export ${filterName}`, suggestedName, { name: filterName, extensions }, paths.documents);
      if (target === null) return null;
      await files.writeFileAtomic(target, new TextEncoder().encode(text));
      return { name: basename(target) };
    },

    async 'window:set-title'({ title, dirty }) {
      window.setTitle(formatWindowTitle(title, dirty), dirty);
    },
  };
}
