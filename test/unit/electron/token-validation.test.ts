// File tokens: main only accepts tokens it issued, and only for their kind — an imported CSV
// can never become the target of a workspace save; the same path keeps the same token.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ShellFixture, createShellFixture, workspaceBytesOf } from './shell-fixture';

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture();
});
afterEach(() => shell.cleanup());

describe('file tokens', () => {
  it('rejects a token main never issued', async () => {
    await expect(shell.handlers['files:open-recent']({ token: 'forged-token-123' })).rejects.toThrow(
      'Unknown file token: the file was not chosen in a dialog, the recent list or by the OS.',
    );
    await expect(shell.handlers['workspace:save']({ bytes: workspaceBytesOf('x'), token: 'forged-token-123', saveAs: false, suggestedName: 'x' })).rejects.toThrow('Unknown file token');
  });

  it('refuses to save a workspace over a file opened as an import', async () => {
    const csv = join(shell.documents, 'trades.csv');
    await writeFile(csv, 'a,b\n1,2\n');
    shell.openAnswers.push([csv]);
    const [imported] = await shell.handlers['files:open']({ purpose: 'import' });

    await expect(shell.handlers['workspace:save']({ bytes: workspaceBytesOf('db'), token: imported.token, saveAs: false, suggestedName: 'x' })).rejects.toThrow(
      'This file token belongs to an import file and cannot be used as a workspace.',
    );
    await expect(shell.handlers['files:open-recent']({ token: imported.token })).rejects.toThrow('cannot be used as a workspace');
  });

  it('gives the same path the same token within a session', () => {
    const path = join(shell.documents, 'a.sizewise');
    expect(shell.session.issue(path, 'workspace')).toBe(shell.session.issue(path, 'workspace'));
    expect(shell.session.issue(path, 'import')).not.toBe(shell.session.issue(path, 'workspace'));
  });
});
