// Issue 8 item 15: the recent list only ever holds existing absolute `.sizewise` paths
// (a tampered recent.json cannot hand the renderer a token for another file), suggested
// save names are sanitized for every platform, and each export kind keeps its extension.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileOps } from '../../../electron/main/file-ops';
import { FileSession } from '../../../electron/main/file-session';
import { MAX_FILE_NAME_CHARS, sanitizeFileName } from '../../../electron/main/save-guards';
import { type ShellFixture, createShellFixture, workspaceBytesOf } from './shell-fixture';

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture();
});
afterEach(() => shell.cleanup());

describe('recent.json', () => {
  it('keeps only existing absolute .sizewise files', async () => {
    const kept = join(shell.documents, 'kept.sizewise');
    const csv = join(shell.documents, 'trades.csv');
    await writeFile(kept, workspaceBytesOf('kept'));
    await writeFile(csv, 'a,b\n');
    const list = { version: 1, paths: ['relative.sizewise', csv, join(shell.documents, 'gone.sizewise'), shell.documents, kept, '/etc/passwd'] };
    await writeFile(join(shell.userData, 'recent.json'), JSON.stringify(list));

    const session = await FileSession.load({ files: nodeFileOps, recentListPath: join(shell.userData, 'recent.json'), randomId: () => 'token-recent-1' });
    expect(session.listRecent()).toEqual([{ name: 'kept.sizewise', token: 'token-recent-1' }]);
  });

  it('a workspace opened under another extension is not added', async () => {
    const other = join(shell.documents, 'copy.db');
    await writeFile(other, workspaceBytesOf('db'));
    shell.openAnswers.push([other]);
    await shell.handlers['files:open']({ purpose: 'workspace' });
    expect(await shell.handlers['files:list-recent']({})).toEqual([]);
  });
});

describe('suggested file names', () => {
  it.each([
    ['Book: Q1/Q2\\2025', 'Book_ Q1_Q2_2025'],
    ['a\u0007b\u0000c', 'a_b_c'],
    ['report\u202Efdp.exe', 'report_fdp.exe'],
    ['\u2066x\u2069', '_x_'],
    ['CON', '_CON'],
    ['con.sizewise', '_con.sizewise'],
    ['LPT9.pdf', '_LPT9.pdf'],
    ['COM10', 'COM10'],
    ['Console', 'Console'],
    ['  name. ', 'name'],
    ['...', 'Sizewise'],
    ['<>|?*"', 'Sizewise'],
  ])('%j becomes %j', (name, safe) => {
    expect(sanitizeFileName(name)).toBe(safe);
  });

  it(`are cut to ${MAX_FILE_NAME_CHARS} characters, keeping the extension`, () => {
    expect(MAX_FILE_NAME_CHARS).toBe(120);
    expect(sanitizeFileName(`${'a'.repeat(300)}.pdf`)).toBe(`${'a'.repeat(116)}.pdf`);
  });

  it('the save dialog is offered the sanitized name with the kind’s extension', async () => {
    shell.saveAnswers.push(null, null);
    await shell.handlers['report:export-pdf']({ pageSize: 'A4', suggestedName: 'PRN', footer: { title: 't', portfolioName: 'p', generatedAt: 'g' } });
    await shell.handlers['workspace:save']({ bytes: workspaceBytesOf('x'), saveAs: true, suggestedName: 'Q1:\u202Eevil' });
    expect(shell.dialogCalls.map((call) => (call.options as { defaultPath: string }).defaultPath)).toEqual([
      join(shell.documents, '_PRN.pdf'),
      join(shell.documents, 'Q1__evil.sizewise'),
    ]);
  });
});

describe('export extensions', () => {
  it('a text export other than .csv is refused before any dialog or write', async () => {
    await expect(shell.handlers['export:save-text']({ text: 'x', suggestedName: 'run', filterName: 'Program', extensions: ['exe'] })).rejects.toThrow(
      'Refused to export Program as .exe: only .csv is allowed.',
    );
    await expect(shell.handlers['export:save-text']({ text: 'x', suggestedName: 'run', filterName: 'CSV', extensions: ['csv', 'sizewise'] })).rejects.toThrow(
      'Refused to export CSV as .sizewise: only .csv is allowed.',
    );
    expect(shell.dialogCalls).toEqual([]);
    expect(await readdir(shell.documents)).toEqual([]);
  });
});
