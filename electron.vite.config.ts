/**
 * electron-vite build of the three parts (`npm start` = dev, `npm run build` = production):
 * - main: electron/main/index.ts → out/main/index.js (ESM, as package.json "type": "module").
 * - preload: electron/preload/index.ts → out/preload/index.cjs. A sandboxed preload cannot
 *   load ES modules or require anything but 'electron', so it is one CommonJS bundle.
 * - renderer: renderer/index.html (React) → out/renderer, module workers in ES format.
 * Dependencies are bundled into main and preload (externalizeDeps: false), so the packaged
 * app ships no node_modules (electron-builder.yml excludes them; the CLI's libraries are "dependencies").
 *
 * Electron is an optionalDependency (a failed binary download does not fail `npm install`;
 * npm then removes the package). electron-vite reads Electron's major version from
 * node_modules/electron to pick the output format, so it is stated here, equal to
 * electronVersion in electron-builder.yml (test/unit/cli/electron-version.test.ts).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { relaxCspForDevServer } from './renderer/csp-dev-plugin';

export const ELECTRON_MAJOR = '40';
process.env.ELECTRON_MAJOR_VER ??= ELECTRON_MAJOR;

const fromRoot = (path: string): string => resolve(import.meta.dirname, path);

export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      rolldownOptions: { input: { index: fromRoot('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('renderer'),
    // The dev server (npm start) needs inline HMR scripts and a websocket; builds stay strict.
    plugins: [react(), relaxCspForDevServer()],
    worker: { format: 'es' },
    build: {
      rolldownOptions: { input: { index: fromRoot('renderer/index.html') } },
    },
  },
});
