// createHandlers + dispatch used the way the end-to-end test's fake bridge uses them, from
// plain Node: the map covers every contract channel, and a request goes through validation
// to the real handler and the real file system.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/dispatch';
import { INVOKE_CHANNELS } from '../../../electron/shared/channels';
import { type ShellFixture, createShellFixture, labelOf, workspaceBytesOf } from './shell-fixture';

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture();
});
afterEach(() => shell.cleanup());

describe('handler map', () => {
  it('has one handler per contract channel', () => {
    expect(Object.keys(shell.handlers).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('serves validated requests end to end', async () => {
    await expect(dispatch(shell.handlers, 'recovery:write', { bytes: workspaceBytesOf('unsaved work') })).resolves.toBeUndefined();
    expect(labelOf(await readFile(join(shell.userData, 'recovery.sizewise')))).toBe('unsaved work');
    await expect(dispatch(shell.handlers, 'files:list-recent', {})).resolves.toEqual([]);
    await expect(dispatch(shell.handlers, 'recovery:write', { bytes: [1, 2, 3] })).rejects.toThrow('must be a Uint8Array');
  });
});
