/**
 * Test fixture for the IPC handlers: a temp folder standing in for userData and Documents,
 * the real Node file operations, a scripted dialog, a fake window and sequential tokens.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronPdfOptions } from '../../../electron/shared/report-pdf-options';
import { type FileOps, nodeFileOps } from '../../../electron/main/file-ops';
import { FileSession } from '../../../electron/main/file-session';
import { type DialogPort, type HandlerDeps, createHandlers } from '../../../electron/main/handlers';

export interface ShellFixture {
  root: string;
  userData: string;
  documents: string;
  /** Answers for the next dialogs, in order: string[] for open, string | null for save. */
  openAnswers: string[][];
  saveAnswers: (string | null)[];
  dialogCalls: { kind: 'open' | 'save'; options: unknown }[];
  titles: { title: string; dirty: boolean }[];
  printCalls: ElectronPdfOptions[];
  session: FileSession;
  handlers: ReturnType<typeof createHandlers>;
  cleanup(): Promise<void>;
}

export async function createShellFixture(overrides: { files?: FileOps; limits?: HandlerDeps['limits']; pdfBytes?: Uint8Array; onWorkspaceSaveFinished?: (saved: boolean) => void } = {}): Promise<ShellFixture> {
  const root = await mkdtemp(join(tmpdir(), 'sizewise-shell-'));
  const userData = join(root, 'userData');
  const documents = join(root, 'Documents');
  await mkdir(userData);
  await mkdir(documents);
  const files = overrides.files ?? nodeFileOps;
  let nextToken = 0;
  const session = await FileSession.load({ files, recentListPath: join(userData, 'recent.json'), randomId: () => `token-${String(++nextToken).padStart(4, '0')}` });

  const fixture = {
    root,
    userData,
    documents,
    openAnswers: [] as string[][],
    saveAnswers: [] as (string | null)[],
    dialogCalls: [] as ShellFixture['dialogCalls'],
    titles: [] as ShellFixture['titles'],
    printCalls: [] as ElectronPdfOptions[],
    session,
  };
  const dialog: DialogPort = {
    async showOpen(options) {
      fixture.dialogCalls.push({ kind: 'open', options });
      const answer = fixture.openAnswers.shift();
      if (answer === undefined) throw new Error('unexpected open dialog');
      return answer;
    },
    async showSave(options) {
      fixture.dialogCalls.push({ kind: 'save', options });
      const answer = fixture.saveAnswers.shift();
      if (answer === undefined) throw new Error('unexpected save dialog');
      return answer;
    },
  };
  const handlers = createHandlers({
    files,
    dialog,
    session,
    paths: { userData, documents },
    limits: overrides.limits,
    onWorkspaceSaveFinished: overrides.onWorkspaceSaveFinished,
    window: {
      setTitle: (title, dirty) => fixture.titles.push({ title, dirty }),
      async printToPDF(options) {
        fixture.printCalls.push(options);
        return overrides.pdfBytes ?? new TextEncoder().encode('%PDF-1.7 fake');
      },
    },
  });
  return { ...fixture, handlers, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
export const textOf = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/**
 * Bytes main accepts as a workspace (a complete one-page SQLite file as far as the header
 * check can tell: magic, page size 512, page count 1) carrying `label` after the header.
 */
export function workspaceBytesOf(label: string): Uint8Array {
  const page = new Uint8Array(512);
  page.set(new TextEncoder().encode('SQLite format 3\u0000'), 0);
  page[16] = 0x02; // page size 512
  page[31] = 1; // in-header database size: 1 page
  page[27] = 1; // change counter 1 …
  page[95] = 1; // … equal to version-valid-for, so the page count is trusted
  page.set(new TextEncoder().encode(label), 100);
  return page;
}

/** The label `workspaceBytesOf` put into a file's bytes. */
export function labelOf(bytes: Uint8Array): string {
  const body = bytes.subarray(100);
  const end = body.indexOf(0);
  return new TextDecoder().decode(end === -1 ? body : body.subarray(0, end));
}
