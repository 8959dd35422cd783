// The recovery copy of unsaved work in userData/recovery.sizewise: write (atomic), read,
// clear; reading when there is none gives null.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoveryPath } from '../../../electron/main/handlers';
import { type ShellFixture, createShellFixture, labelOf, workspaceBytesOf } from './shell-fixture';

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture();
});
afterEach(() => shell.cleanup());

describe('recovery', () => {
  it('lives at userData/recovery.sizewise', () => {
    expect(recoveryPath('/home/ann/.config/Sizewise')).toBe(join('/home/ann/.config/Sizewise', 'recovery.sizewise'));
  });

  it('reads null before anything was written', async () => {
    expect(await shell.handlers['recovery:read']({})).toBeNull();
  });

  it('writes, overwrites, reads back and clears', async () => {
    await shell.handlers['recovery:write']({ bytes: workspaceBytesOf('autosave 1') });
    await shell.handlers['recovery:write']({ bytes: workspaceBytesOf('autosave 2') });
    expect(labelOf(await readFile(join(shell.userData, 'recovery.sizewise')))).toBe('autosave 2');
    expect(labelOf((await shell.handlers['recovery:read']({}))!)).toBe('autosave 2');
    expect((await readdir(shell.userData)).filter((name) => name.endsWith('.sizewise-tmp'))).toEqual([]);

    await shell.handlers['recovery:clear']({});
    expect(await shell.handlers['recovery:read']({})).toBeNull();
    await expect(shell.handlers['recovery:clear']({})).resolves.toBeUndefined();
  });
});
