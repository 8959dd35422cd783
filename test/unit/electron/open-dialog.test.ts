// files:open — the native open dialog: cancel gives [], a choice gives name + bytes + token
// (never a path), and workspaces (not imports) join the recent list.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ShellFixture, createShellFixture, textOf } from './shell-fixture';

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture();
});
afterEach(() => shell.cleanup());

describe('files:open', () => {
  it('resolves [] when the user cancels the dialog', async () => {
    shell.openAnswers.push([]);
    expect(await shell.handlers['files:open']({ purpose: 'import' })).toEqual([]);
    expect(shell.session.listRecent()).toEqual([]);
  });

  it('returns the chosen import files by name, bytes and token, without any path', async () => {
    const first = join(shell.documents, 'ema-tradelog.csv');
    const second = join(shell.documents, 'ema-dailylog.csv');
    await writeFile(first, 'Date Opened,P/L\n2025-01-02,100\n');
    await writeFile(second, 'Date,P/L\n2025-01-02,100\n');
    shell.openAnswers.push([first, second]);

    const opened = await shell.handlers['files:open']({ purpose: 'import' });

    expect(opened.map((file) => ({ name: file.name, text: textOf(file.bytes), token: file.token }))).toEqual([
      { name: 'ema-tradelog.csv', text: 'Date Opened,P/L\n2025-01-02,100\n', token: 'token-0001' },
      { name: 'ema-dailylog.csv', text: 'Date,P/L\n2025-01-02,100\n', token: 'token-0002' },
    ]);
    expect(JSON.stringify(opened.map(({ name, token }) => ({ name, token })))).not.toContain(shell.root);
    expect(shell.dialogCalls[0].options).toEqual({
      title: 'Import trade logs',
      filters: [
        { name: 'Trade logs (CSV)', extensions: ['csv', 'txt', 'tsv'] },
        { name: 'All files', extensions: ['*'] },
      ],
      multiple: true,
    });
    expect(shell.session.listRecent()).toEqual([]);
  });

  it('opens one workspace and puts it at the top of the recent list', async () => {
    const path = join(shell.documents, 'iron-condor.sizewise');
    await writeFile(path, 'SQLite format 3\0');
    shell.openAnswers.push([path]);

    const [opened] = await shell.handlers['files:open']({ purpose: 'workspace' });

    expect(opened.name).toBe('iron-condor.sizewise');
    expect(shell.dialogCalls[0].options).toEqual({ title: 'Open workspace', filters: [{ name: 'Sizewise workspace', extensions: ['sizewise'] }], multiple: false });
    expect(shell.session.listRecent()).toEqual([{ name: 'iron-condor.sizewise', token: opened.token }]);
  });

  it('reports a chosen file that vanished before it could be read', async () => {
    shell.openAnswers.push([join(shell.documents, 'gone.csv')]);
    await expect(shell.handlers['files:open']({ purpose: 'import' })).rejects.toThrow('"gone.csv" no longer exists.');
  });
});
