/**
 * Crash-safe file replacement: the bytes go to a temp file in the target's own folder, the
 * temp file is fsynced, renamed over the target (atomic on one file system), then the folder
 * is fsynced (best effort: not every platform can open a directory). A crash at any moment
 * leaves the target either exactly as before or exactly the new content. Temp files left by
 * a crash are removed by the next save of the same target.
 *
 * Node built-ins only (no Electron), so the crash-safety test can run it in a child process.
 */
import { randomUUID } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_SUFFIX = '.sizewise-tmp';

/** Temp files for `target` are named `.<base name>.<random id>.sizewise-tmp`, beside it. */
export function tempPathFor(target: string, id: string = randomUUID()): string {
  return join(dirname(target), `.${basename(target)}.${id}${TEMP_SUFFIX}`);
}

export function isTempFileOf(target: string, candidateName: string): boolean {
  const prefix = `.${basename(target)}.`;
  return candidateName.startsWith(prefix) && candidateName.endsWith(TEMP_SUFFIX) && candidateName.length > prefix.length + TEMP_SUFFIX.length;
}

/** Saves to the same target are serialised, so a cleanup never removes an in-flight temp file. */
const pendingByTarget = new Map<string, Promise<void>>();

export function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const previous = pendingByTarget.get(target) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(() => replaceFile(target, data));
  pendingByTarget.set(target, current);
  const forget = (): void => {
    if (pendingByTarget.get(target) === current) pendingByTarget.delete(target);
  };
  current.then(forget, forget);
  return current;
}

async function replaceFile(target: string, data: Uint8Array): Promise<void> {
  await removeStaleTempFiles(target);
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
}

async function removeStaleTempFiles(target: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return; // the folder does not exist: open() below reports it
  }
  await Promise.all(names.filter((name) => isTempFileOf(target, name)).map((name) => rm(join(dirname(target), name), { force: true })));
}

async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open or fsync a directory; the rename is still atomic there.
  }
}
