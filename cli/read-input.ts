/** Reads a CLI input file whole; a missing or unreadable file is a one-line UsageError naming it. */
import { readFile } from 'node:fs/promises';
import { UsageError } from './command';

/** The bytes of an input file, or a UsageError naming the file. */
export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `file not found: ${path}` : `cannot read ${path}: ${code ?? String(error)}`);
  }
}
