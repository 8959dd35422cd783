/**
 * Vite plugin for the dev server only: Vite's HMR client and the React refresh preamble
 * need inline scripts and a websocket, which the strict CSP in index.html forbids. The
 * built app keeps the strict policy untouched; only `vite serve` relaxes it.
 */
import type { Plugin } from 'vite';

export function relaxCspForDevServer(): Plugin {
  return {
    name: 'sizewise-relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'")
        .replace("connect-src 'self' blob: data:", "connect-src 'self' blob: data: ws: wss:");
    },
  };
}
