/**
 * `npm start`: the desktop app (`electron-vite dev`) when the Electron binary is installed;
 * otherwise — electron is an optionalDependency, so `npm install` succeeds where its binary
 * cannot be downloaded — one line saying so, then the same app with the browser platform
 * served by Vite's dev server (renderer/vite.web.config.ts) and opened in the system browser.
 *
 * Detection: require('electron') returns the binary's path, or throws when the download
 * failed (no path.txt); a returned path that does not exist counts as absent too.
 * SIZEWISE_START=browser forces the browser fallback (CI, tests). BROWSER=none (Vite's own
 * variable) serves without opening a browser. Extra arguments go to electron-vite.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The Electron binary's path, or null when it is not installed. */
export function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

async function startDesktop() {
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [cli, 'dev', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

async function startBrowser(reason) {
  console.log(`sizewise: ${reason} — serving the app in your browser instead (the same app, browser platform; files open and save through the browser).`);
  const { createServer } = await import('vite');
  const server = await createServer({ configFile: join(root, 'renderer', 'vite.web.config.ts'), server: { open: true } });
  await server.listen();
  server.printUrls();
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.env.SIZEWISE_START === 'browser') await startBrowser('SIZEWISE_START=browser');
else if (electronBinary()) await startDesktop();
else await startBrowser('the Electron binary is not installed (its download failed or was skipped)');
