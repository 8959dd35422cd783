// Imports above 150 MB are refused from stat alone, before a single byte is read, with a
// message naming the file, its size and the limit.
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_MAX_BYTES, formatMegabytes } from '../../../electron/main/handlers';
import type { FileOps } from '../../../electron/main/file-ops';
import { createShellFixture } from './shell-fixture';

describe('import size limit', () => {
  it('is 150 MB', () => {
    expect(IMPORT_MAX_BYTES).toBe(157_286_400);
    expect(formatMegabytes(IMPORT_MAX_BYTES)).toBe('150.0 MB');
  });

  it('refuses a 200 MB import without reading it', async () => {
    const readFile = vi.fn(async () => new Uint8Array());
    const files: FileOps = {
      stat: async () => ({ size: 200 * 1024 * 1024, isFile: true }),
      readFile,
      writeFileAtomic: async () => undefined,
      remove: async () => undefined,
    };
    const shell = await createShellFixture({ files });
    readFile.mockClear(); // loading the session read recent.json
    try {
      shell.openAnswers.push(['/data/huge-tradelog.csv']);
      await expect(shell.handlers['files:open']({ purpose: 'import' })).rejects.toThrow(
        '"huge-tradelog.csv" is 200.0 MB; the largest import Sizewise opens is 150.0 MB.',
      );
      expect(readFile).not.toHaveBeenCalled();
    } finally {
      await shell.cleanup();
    }
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    const sizes = [1000, 1001];
    const files: FileOps = {
      stat: async () => ({ size: sizes.shift()!, isFile: true }),
      readFile: async () => new Uint8Array([1]),
      writeFileAtomic: async () => undefined,
      remove: async () => undefined,
    };
    const shell = await createShellFixture({ files, limits: { importBytes: 1000 } });
    try {
      shell.openAnswers.push(['/data/a.csv'], ['/data/b.csv']);
      await expect(shell.handlers['files:open']({ purpose: 'import' })).resolves.toHaveLength(1);
      await expect(shell.handlers['files:open']({ purpose: 'import' })).rejects.toThrow('"b.csv" is 0.0 MB; the largest import Sizewise opens is 0.0 MB.');
    } finally {
      await shell.cleanup();
    }
  });
});
