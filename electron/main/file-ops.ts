/**
 * The file-system operations the IPC handlers need, behind an interface so tests can inject
 * failures, plus the Node implementation main uses. Writes are always atomic.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';

export interface FileStat {
  size: number;
  isFile: boolean;
}

export interface FileOps {
  /** null when nothing exists at `path`. */
  stat(path: string): Promise<FileStat | null>;
  readFile(path: string): Promise<Uint8Array>;
  /** Replace `path` crash-safely (temp file, fsync, rename). */
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  /** Remove `path`; no error when it does not exist. */
  remove(path: string): Promise<void>;
}

export const nodeFileOps: FileOps = {
  async stat(path) {
    try {
      const info = await stat(path);
      return { size: info.size, isFile: info.isFile() };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  async readFile(path) {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  },
  writeFileAtomic,
  async remove(path) {
    await rm(path, { force: true });
  },
};
