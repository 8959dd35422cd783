/**
 * Workspaces the OS asks the app to open: paths on the command line (file association on
 * Windows and Linux, a second launch while running) and macOS 'open-file' events. Only
 * `.sizewise` files are taken; each one gets a workspace token and goes to the top of the
 * recent list, and the renderer is told to open it through the `open-recent` command.
 */
import { resolve } from 'node:path';
import type { MenuCommand } from '../shared/payloads';
import type { FileOps } from './file-ops';
import type { FileSession } from './file-session';
import { WORKSPACE_EXTENSION } from './handlers';

/**
 * The workspace paths in a process argv. A packaged app gets `[exe, ...args]`; in
 * development Electron runs as `[electron, appPath, ...args]`. Switches are skipped; relative
 * paths are resolved against the launching process's working directory.
 */
export function workspacePathsFromArgv(argv: string[], isPackaged: boolean, workingDirectory: string): string[] {
  return argv
    .slice(isPackaged ? 1 : 2)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${WORKSPACE_EXTENSION}`))
    .map((arg) => resolve(workingDirectory, arg));
}

/** The open commands for those paths that are existing files (missing ones are skipped). */
export async function openCommandsFor(paths: string[], files: FileOps, session: FileSession): Promise<MenuCommand[]> {
  const commands: MenuCommand[] = [];
  for (const path of paths) {
    const info = await files.stat(path);
    if (!info?.isFile) continue;
    await session.addRecent(path);
    commands.push({ kind: 'open-recent', token: session.issue(path, 'workspace') });
  }
  return commands;
}
