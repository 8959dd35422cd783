/**
 * Reads a CLI input file whole, after checking its size with stat (as the app does, before a
 * byte is read): a missing, unreadable or too large file is a one-line UsageError naming it.
 * Limits are the app's: 150 MB for a file to import (core/import), 1 GB for a workspace
 * (electron/main/handlers).
 */
import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { DEFAULT_MAX_IMPORT_BYTES } from '../core/import';
import { formatMegabytes, WORKSPACE_MAX_BYTES } from '../electron/main/handlers';
import { UsageError } from './command';

/** What is read and its size limit: a file to import (trade log, daily log, returns) or a workspace. */
export interface InputLimit {
  noun: string;
  maxBytes: number;
}

export const IMPORT_INPUT: InputLimit = { noun: 'file to import', maxBytes: DEFAULT_MAX_IMPORT_BYTES };
export const WORKSPACE_INPUT: InputLimit = { noun: 'workspace', maxBytes: WORKSPACE_MAX_BYTES };

function unreadable(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(code === 'ENOENT' ? `file not found: ${path}` : `cannot read ${path}: ${code ?? String(error)}`);
}

/** The size of an input file, or a UsageError when it is missing, not a file, or beyond the limit. */
export async function checkInputSize(path: string, limit: InputLimit = IMPORT_INPUT): Promise<number> {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new UsageError(`${path} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw unreadable(path, error);
  }
  if (size > limit.maxBytes) {
    throw new UsageError(`${path} is ${formatMegabytes(size)}; the largest ${limit.noun} sizewise reads is ${formatMegabytes(limit.maxBytes)}`);
  }
  return size;
}

/**
 * The bytes of an input file within its size limit, or a UsageError naming the file. Read in
 * one synchronous call: a command has nothing else to do meanwhile, and the promise API's
 * chunked reads through the thread pool cost more CPU and wall time than the read itself.
 */
export async function readInput(path: string, limit: InputLimit = IMPORT_INPUT): Promise<Uint8Array> {
  await checkInputSize(path, limit);
  try {
    return new Uint8Array(readFileSync(path)); // a copy: its own ArrayBuffer, never Node's shared pool
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** The first `length` bytes of a file (fewer when it is shorter), e.g. to recognise a workspace. */
export async function readHead(path: string, length: number): Promise<Uint8Array> {
  await checkInputSize(path, { noun: 'file', maxBytes: Number.MAX_SAFE_INTEGER });
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw unreadable(path, error);
  }
}
