// Files from the OS (command line, file association, second launch, macOS open-file): only
// .sizewise arguments, resolved against the launch folder; existing ones become open-recent
// commands with a workspace token and go to the top of the recent list.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileOps } from '../../../electron/main/file-ops';
import { openCommandsFor, workspacePathsFromArgv } from '../../../electron/main/launch-files';
import { type ShellFixture, createShellFixture } from './shell-fixture';

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture();
});
afterEach(() => shell.cleanup());

describe('workspacePathsFromArgv', () => {
  it('takes .sizewise arguments after the executable of a packaged app', () => {
    expect(workspacePathsFromArgv(['/opt/Sizewise/sizewise', '--no-sandbox', 'books/a.sizewise', '/tmp/B.SIZEWISE', 'notes.txt'], true, '/home/ann')).toEqual([
      resolve('/home/ann', 'books/a.sizewise'),
      '/tmp/B.SIZEWISE',
    ]);
  });

  it('skips electron and the app path in development', () => {
    expect(workspacePathsFromArgv(['/x/electron', '.', '/tmp/c.sizewise'], false, '/w')).toEqual(['/tmp/c.sizewise']);
    expect(workspacePathsFromArgv(['/x/electron', '/w/app.sizewise'], false, '/w')).toEqual([]);
  });
});

describe('openCommandsFor', () => {
  it('issues workspace tokens for existing files and skips missing ones', async () => {
    const existing = join(shell.documents, 'a.sizewise');
    await writeFile(existing, 'db');

    const commands = await openCommandsFor([existing, join(shell.documents, 'missing.sizewise')], nodeFileOps, shell.session);

    expect(commands).toEqual([{ kind: 'open-recent', token: 'token-0001' }]);
    expect(shell.session.listRecent()).toEqual([{ name: 'a.sizewise', token: 'token-0001' }]);
    const opened = await shell.handlers['files:open-recent']({ token: 'token-0001' });
    expect(opened?.name).toBe('a.sizewise');
  });
});
