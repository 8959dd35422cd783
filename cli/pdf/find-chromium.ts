/**
 * Finds a Chromium-family browser to print reports with: `--chromium PATH`, then the
 * CHROMIUM_PATH environment variable, then the usual install paths of the platform. Says
 * exactly what to install when none is found.
 */
import { existsSync } from 'node:fs';
import { UsageError } from '../command';

export const INSTALL_HINT =
  'no Chromium found: install it (Debian/Ubuntu: apt-get install -y chromium; macOS/Windows: install Google Chrome) or pass --chromium PATH (or set CHROMIUM_PATH)';

/** Common install locations per platform, most likely first. */
export function candidatePaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...roots.map((root) => `${root}\\Google\\Chrome\\Application\\chrome.exe`),
      ...roots.map((root) => `${root}\\Chromium\\Application\\chrome.exe`),
      ...roots.map((root) => `${root}\\Microsoft\\Edge\\Application\\msedge.exe`),
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

export interface FindChromiumOptions {
  /** The `--chromium` option. */
  explicit?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  exists?: (path: string) => boolean;
}

/** The browser executable to use; a UsageError (one line) when there is none. */
export function findChromium({ explicit, env = process.env, platform = process.platform, exists = existsSync }: FindChromiumOptions = {}): string {
  if (explicit !== undefined) {
    if (!exists(explicit)) throw new UsageError(`--chromium: no browser at ${explicit}`);
    return explicit;
  }
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new UsageError(`CHROMIUM_PATH: no browser at ${fromEnv}`);
    return fromEnv;
  }
  const found = candidatePaths(platform, env).find((path) => exists(path));
  if (!found) throw new UsageError(INSTALL_HINT);
  return found;
}
