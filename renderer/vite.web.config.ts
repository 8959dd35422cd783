// Web build of the renderer: the same app with the browser platform, for the end-to-end
// tests in Chromium and `npm run preview:web`. Output: dist-web/ at the repository root.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { relaxCspForDevServer } from './csp-dev-plugin';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist-web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: { main: fileURLToPath(new URL('index.html', import.meta.url)), report: fileURLToPath(new URL('report.html', import.meta.url)) } },
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  preview: { host: '127.0.0.1' },
});
