// The recent-workspaces list: newest first, no duplicates, capped at 10, persisted in
// userData/recent.json and restored by the next session; a missing file drops out.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileOps } from '../../../electron/main/file-ops';
import { FileSession, MAX_RECENT_FILES } from '../../../electron/main/file-session';
import { type ShellFixture, createShellFixture, workspaceBytesOf } from './shell-fixture';

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture();
});
afterEach(() => shell.cleanup());

async function saveAs(name: string): Promise<void> {
  shell.saveAnswers.push(join(shell.documents, name));
  await shell.handlers['workspace:save']({ bytes: workspaceBytesOf(name), saveAs: true, suggestedName: name });
}

describe('recent files', () => {
  it('keeps the 10 most recent workspaces, newest first, and persists them', async () => {
    for (let i = 1; i <= 12; i++) await saveAs(`w${i}.sizewise`);

    const names = (await shell.handlers['files:list-recent']({})).map((file) => file.name);
    expect(MAX_RECENT_FILES).toBe(10);
    expect(names).toEqual(['w12', 'w11', 'w10', 'w9', 'w8', 'w7', 'w6', 'w5', 'w4', 'w3'].map((n) => `${n}.sizewise`));

    const persisted = JSON.parse(await readFile(join(shell.userData, 'recent.json'), 'utf8'));
    expect(persisted).toEqual({ version: 1, paths: names.map((name) => join(shell.documents, name)) });

    const next = await FileSession.load({ files: nodeFileOps, recentListPath: join(shell.userData, 'recent.json'), randomId: () => 'reloaded-token-1' });
    expect(next.listRecent().map((file) => file.name)).toEqual(names);
  });

  it('moves a re-opened workspace to the top without duplicating it', async () => {
    await saveAs('a.sizewise');
    await saveAs('b.sizewise');
    const [, older] = shell.session.listRecent();
    await shell.handlers['files:open-recent']({ token: older.token });
    expect(shell.session.listRecent().map((file) => file.name)).toEqual(['a.sizewise', 'b.sizewise']);
  });

  it('returns null for a recent workspace that was deleted, and drops it from the list', async () => {
    await saveAs('a.sizewise');
    await saveAs('b.sizewise');
    await rm(join(shell.documents, 'b.sizewise'));
    const gone = shell.session.listRecent()[0];

    expect(await shell.handlers['files:open-recent']({ token: gone.token })).toBeNull();
    expect(shell.session.listRecent().map((file) => file.name)).toEqual(['a.sizewise']);
  });

  it('starts with an empty list when recent.json is damaged', async () => {
    await writeFile(join(shell.userData, 'recent.json'), '{"version":1,"paths":[4');
    const session = await FileSession.load({ files: nodeFileOps, recentListPath: join(shell.userData, 'recent.json'), randomId: () => 'token-x-1' });
    expect(session.listRecent()).toEqual([]);
  });

  it('notifies listeners (the Open Recent menu) when the list changes, and clears it', async () => {
    let changes = 0;
    shell.session.onRecentChanged(() => changes++);
    await saveAs('a.sizewise');
    await shell.session.clearRecent();
    expect(changes).toBe(2);
    expect(shell.session.listRecent()).toEqual([]);
  });
});
