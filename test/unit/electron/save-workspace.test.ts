// workspace:save — Save overwrites the file behind the token atomically, Save As asks (in the
// current file's folder), the .sizewise extension is added when missing, cancel gives null,
// and the close guard hears how each save ended.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ShellFixture, createShellFixture, labelOf, workspaceBytesOf } from './shell-fixture';

let shell: ShellFixture;
let finished: boolean[];
beforeEach(async () => {
  finished = [];
  shell = await createShellFixture({ onWorkspaceSaveFinished: (saved) => finished.push(saved) });
});
afterEach(() => shell.cleanup());

describe('workspace:save', () => {
  it('asks where to save an untitled workspace, adds the extension and returns name + token', async () => {
    shell.saveAnswers.push(join(shell.documents, 'My Portfolio'));

    const saved = await shell.handlers['workspace:save']({ bytes: workspaceBytesOf('version 1'), saveAs: false, suggestedName: 'My Portfolio' });

    expect(saved).toEqual({ name: 'My Portfolio.sizewise', token: 'token-0001' });
    expect(labelOf(await readFile(join(shell.documents, 'My Portfolio.sizewise')))).toBe('version 1');
    expect(shell.dialogCalls).toEqual([
      {
        kind: 'save',
        options: { title: 'Save workspace', defaultPath: join(shell.documents, 'My Portfolio.sizewise'), filters: [{ name: 'Sizewise workspace', extensions: ['sizewise'] }] },
      },
    ]);
    expect(finished).toEqual([true]);
  });

  it('overwrites the file behind the token on Save, without a dialog, leaving no temp file', async () => {
    shell.saveAnswers.push(join(shell.documents, 'book.sizewise'));
    const first = await shell.handlers['workspace:save']({ bytes: workspaceBytesOf('version 1'), saveAs: false, suggestedName: 'book' });

    const second = await shell.handlers['workspace:save']({ bytes: workspaceBytesOf('version 2'), token: first!.token, saveAs: false, suggestedName: 'book' });

    expect(second).toEqual(first);
    expect(shell.dialogCalls).toHaveLength(1);
    expect(labelOf(await readFile(join(shell.documents, 'book.sizewise')))).toBe('version 2');
    expect(await readdir(shell.documents)).toEqual(['book.sizewise']);
  });

  it('removes temp files a crashed save left behind', async () => {
    const target = join(shell.documents, 'book.sizewise');
    await writeFile(target, 'old');
    await writeFile(join(shell.documents, '.book.sizewise.dead-1.sizewise-tmp'), 'half written');
    await writeFile(join(shell.documents, '.other.sizewise.dead-2.sizewise-tmp'), 'another file');
    const token = shell.session.issue(target, 'workspace');

    await shell.handlers['workspace:save']({ bytes: workspaceBytesOf('new'), token, saveAs: false, suggestedName: 'book' });

    expect((await readdir(shell.documents)).sort()).toEqual(['.other.sizewise.dead-2.sizewise-tmp', 'book.sizewise']);
  });

  it('Save As starts in the current file’s folder and returns a new token', async () => {
    const current = join(shell.documents, 'book.sizewise');
    await writeFile(current, 'old');
    const token = shell.session.issue(current, 'workspace');
    shell.saveAnswers.push(join(shell.documents, 'copy.sizewise'));

    const saved = await shell.handlers['workspace:save']({ bytes: workspaceBytesOf('copy'), token, saveAs: true, suggestedName: 'copy' });

    expect((shell.dialogCalls[0].options as { defaultPath: string }).defaultPath).toBe(join(shell.documents, 'copy.sizewise'));
    expect(saved?.name).toBe('copy.sizewise');
    expect(saved?.token).not.toBe(token);
    expect(await readFile(current, 'utf8')).toBe('old');
    expect(labelOf(await readFile(join(shell.documents, 'copy.sizewise')))).toBe('copy');
  });

  it('returns null and writes nothing when the user cancels', async () => {
    shell.saveAnswers.push(null);
    expect(await shell.handlers['workspace:save']({ bytes: workspaceBytesOf('x'), saveAs: true, suggestedName: 'x' })).toBeNull();
    expect(await readdir(shell.documents)).toEqual([]);
    expect(finished).toEqual([false]);
  });

  it('reports a failed write as not saved, and rejects with the file-system error', async () => {
    shell.saveAnswers.push(join(shell.root, 'missing-folder', 'x.sizewise'));
    await expect(shell.handlers['workspace:save']({ bytes: workspaceBytesOf('x'), saveAs: true, suggestedName: 'x' })).rejects.toThrow('ENOENT');
    expect(finished).toEqual([false]);
  });
});
