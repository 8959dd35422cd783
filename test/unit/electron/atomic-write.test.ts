// writeFileAtomic in-process: temp names beside the target, concurrent saves of one target
// serialised (the last call wins, none fails), a failed rename leaves the target and no temp.
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFileOf, tempPathFor, writeFileAtomic } from '../../../electron/main/atomic-write';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sizewise-atomic-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('names temp files after the target, in its folder', () => {
    expect(tempPathFor('/w/book.sizewise', 'abc')).toBe('/w/.book.sizewise.abc.sizewise-tmp');
    expect(isTempFileOf('/w/book.sizewise', '.book.sizewise.abc.sizewise-tmp')).toBe(true);
    expect(isTempFileOf('/w/book.sizewise', '.book.sizewise..sizewise-tmp')).toBe(false);
    expect(isTempFileOf('/w/book.sizewise', '.bookkeeping.sizewise.abc.sizewise-tmp')).toBe(false);
    expect(isTempFileOf('/w/book.sizewise', 'book.sizewise')).toBe(false);
  });

  it('serialises concurrent saves of the same file: all succeed, the last one wins', async () => {
    const target = join(folder, 'book.sizewise');
    const versions = Array.from({ length: 8 }, (_, i) => new TextEncoder().encode(`version ${i} `.repeat(10_000)));
    await Promise.all(versions.map((bytes) => writeFileAtomic(target, bytes)));
    expect(await readFile(target, 'utf8')).toBe('version 7 '.repeat(10_000));
    expect(await readdir(folder)).toEqual(['book.sizewise']);
  });

  it('leaves the target untouched and no temp file when the rename fails', async () => {
    // A non-empty folder at the target path: the temp file is written, then rename() fails.
    const target = join(folder, 'book.sizewise');
    await mkdir(join(target, 'kept'), { recursive: true });
    await expect(writeFileAtomic(target, new TextEncoder().encode('new'))).rejects.toThrow(/EISDIR|ENOTEMPTY|EPERM/);
    expect(await readdir(folder)).toEqual(['book.sizewise']);
    expect(await readdir(target)).toEqual(['kept']);
  });
});
