// export:save-text — CSV exports through a save dialog, UTF-8, extension added when missing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ShellFixture, createShellFixture } from './shell-fixture';

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture();
});
afterEach(() => shell.cleanup());

describe('export:save-text', () => {
  it('writes the text as UTF-8 to the chosen file with the first extension added', async () => {
    shell.saveAnswers.push(join(shell.documents, 'strategies'));
    const text = 'Strategy,Kelly\n"Put spread, 45 DTE",0.125\nÉté,−0.5\n';

    const result = await shell.handlers['export:save-text']({ text, suggestedName: 'strategies.csv', filterName: 'CSV', extensions: ['csv'] });

    expect(result).toEqual({ name: 'strategies.csv' });
    expect(await readFile(join(shell.documents, 'strategies.csv'), 'utf8')).toBe(text);
    expect(shell.dialogCalls[0].options).toEqual({ title: 'Export CSV', defaultPath: join(shell.documents, 'strategies.csv'), filters: [{ name: 'CSV', extensions: ['csv'] }] });
  });

  it('keeps a chosen name that already has one of the allowed extensions', async () => {
    shell.saveAnswers.push(join(shell.documents, 'table.CSV'));
    expect(await shell.handlers['export:save-text']({ text: 'a', suggestedName: 't', filterName: 'CSV', extensions: ['csv'] })).toEqual({ name: 'table.CSV' });
  });

  it('returns null when cancelled', async () => {
    shell.saveAnswers.push(null);
    expect(await shell.handlers['export:save-text']({ text: 'a', suggestedName: 't.csv', filterName: 'CSV', extensions: ['csv'] })).toBeNull();
  });
});
