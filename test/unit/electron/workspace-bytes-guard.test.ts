// Issue 8 item 15: workspace:save and recovery:write check the bytes in main before any
// dialog or write — empty, non-SQLite, truncated (shorter than its header says) or above the
// workspace size limit is refused with a message, and the file on disk stays as it was.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ShellFixture, createShellFixture, labelOf, workspaceBytesOf } from './shell-fixture';

let shell: ShellFixture;
let finished: boolean[];
let target: string;
let token: string;
beforeEach(async () => {
  finished = [];
  shell = await createShellFixture({ limits: { workspaceBytes: 1024 }, onWorkspaceSaveFinished: (saved) => finished.push(saved) });
  target = join(shell.documents, 'book.sizewise');
  await writeFile(target, workspaceBytesOf('good'));
  token = shell.session.issue(target, 'workspace');
});
afterEach(() => shell.cleanup());

/** One-page header claiming two pages (1,024 bytes): the file is cut short. */
function truncated(): Uint8Array {
  const bytes = workspaceBytesOf('half');
  bytes[31] = 2;
  return bytes;
}

const cases: [string, () => Uint8Array, string][] = [
  ['empty bytes', () => new Uint8Array(0), 'Refused to write the workspace: the data is not a complete Sizewise workspace (The file is empty (0 bytes): it is not a Sizewise workspace.) Nothing was written.'],
  ['text', () => new TextEncoder().encode('Date Opened,P/L\n'), 'Refused to write the workspace: the data is not a complete Sizewise workspace (This file is text (perhaps a CSV: use Import for trade logs), not a Sizewise workspace.) Nothing was written.'],
  ['a truncated file', truncated, 'Refused to write the workspace: the data is not a complete Sizewise workspace (The workspace file is truncated: 512 bytes, its header says 1024 bytes (2 pages of 512).) Nothing was written.'],
  [
    'more than the limit',
    () => {
      const big = new Uint8Array(1536);
      big.set(workspaceBytesOf('big'));
      big[31] = 3;
      return big;
    },
    'Refused to write the workspace: 0.0 MB is above the 0.0 MB limit. Nothing was written.',
  ],
];

describe('workspace:save refuses bytes that are not a workspace', () => {
  it.each(cases)('%s: refused before the file is touched', async (_name, bytes, message) => {
    await expect(shell.handlers['workspace:save']({ bytes: bytes(), token, saveAs: false, suggestedName: 'book' })).rejects.toThrow(message);
    expect(labelOf(await readFile(target))).toBe('good');
    expect(finished).toEqual([false]);
  });

  it('no Save As dialog is shown for refused bytes', async () => {
    await expect(shell.handlers['workspace:save']({ bytes: new Uint8Array(0), saveAs: true, suggestedName: 'copy' })).rejects.toThrow('Nothing was written.');
    expect(shell.dialogCalls).toEqual([]);
  });

  it('valid bytes are still written', async () => {
    await shell.handlers['workspace:save']({ bytes: workspaceBytesOf('new'), token, saveAs: false, suggestedName: 'book' });
    expect(labelOf(await readFile(target))).toBe('new');
  });
});

describe('recovery:write refuses bytes that are not a workspace', () => {
  it.each(cases)('%s: the recovery copy is kept', async (_name, bytes, message) => {
    await shell.handlers['recovery:write']({ bytes: workspaceBytesOf('autosave') });
    await expect(shell.handlers['recovery:write']({ bytes: bytes() })).rejects.toThrow(message.replace('the workspace', 'the recovery copy'));
    expect(labelOf(await readFile(join(shell.userData, 'recovery.sizewise')))).toBe('autosave');
  });
});
