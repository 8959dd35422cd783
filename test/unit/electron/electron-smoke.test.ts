// Launches the real Electron binary when it is installed (never on the development machine,
// where it cannot be downloaded). Not coverage: the handlers, security settings and menus are
// tested without it; this only checks the built app starts and reaches ready.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const hasElectronBinary = binary !== null && existsSync(resolve(repoRoot, 'out/main/index.js'));
if (!hasElectronBinary) {
  console.warn(
    'electron smoke test skipped: ' +
      (binary === null ? 'the Electron binary is not installed (npm package without its download)' : 'the app is not built (run `npm run build`)'),
  );
}

describe('electron smoke', () => {
  it.skipIf(!hasElectronBinary)('starts the built app and keeps running until killed', async () => {
    const child = spawn(binary!, [repoRoot, '--no-sandbox'], { stdio: 'ignore', env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0' } });
    const exitedEarly = await new Promise<boolean>((done) => {
      const timer = setTimeout(() => done(false), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        done(true);
      });
    });
    child.kill('SIGKILL');
    expect(exitedEarly).toBe(false);
  });
});
