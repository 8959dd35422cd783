// The CLI checks an input file's size before reading it (issue 8 item 12: a 3 GB file gave
// Node's ERR_FS_FILE_TOO_LARGE after an attempt to read it whole). Limits are the app's:
// 150 MB for a file to import, 1 GB for a workspace. Sparse files (truncate) stand in for the
// big ones, so the test writes a few bytes, not gigabytes.
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput, WORKSPACE_INPUT } from '../../../cli/read-input';
import { runCli } from './run-cli';

const MB = 1024 * 1024;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sizewise-size-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function sparse(name: string, bytes: number, head = 'Date Opened,Time Opened\n'): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, head);
  await truncate(path, bytes);
  return path;
}

describe('input size limit', () => {
  it('refuses a 3 GB trade log before reading it, naming size and limit', async () => {
    const path = await sparse('huge.csv', 3 * 1024 * MB);
    await expect(readInput(path)).rejects.toThrow(`${path} is 3072.0 MB; the largest file to import sizewise reads is 150.0 MB`);
    const run = await runCli(['stats', path, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sizewise: ${path} is 3072.0 MB; the largest file to import sizewise reads is 150.0 MB\n`);
    expect(run.stdout).toBe('');
  });

  it('refuses a file one byte over 150 MB and reads one at the limit', async () => {
    const over = await sparse('over.csv', 150 * MB + 1);
    await expect(readInput(over)).rejects.toThrow('is 150.0 MB; the largest file to import sizewise reads is 150.0 MB');
    const at = await sparse('at.csv', 150 * MB);
    expect((await readInput(at)).length).toBe(150 * MB);
  });

  it('gives a workspace the workspace limit (1 GB), also in report', async () => {
    const path = await sparse('big.sizewise', 2 * 1024 * MB, 'SQLite format 3\u0000');
    await expect(readInput(path, WORKSPACE_INPUT)).rejects.toThrow(`${path} is 2048.0 MB; the largest workspace sizewise reads is 1024.0 MB`);
    const run = await runCli(['report', path, '--out', join(folder, 'r.pdf'), '--chromium', process.execPath]);
    expect(run.stderr).toBe(`sizewise: ${path} is 2048.0 MB; the largest workspace sizewise reads is 1024.0 MB\n`);
    expect(run.code).toBe(2);
  });

  it('names a folder given as input', async () => {
    await expect(readInput(folder)).rejects.toThrow(`${folder} is not a file`);
  });
}, 60_000);
