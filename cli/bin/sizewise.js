#!/usr/bin/env node
/**
 * Launcher for the `sizewise` command: runs the plain-JavaScript bundle cli/dist/main.mjs
 * (built by scripts/build-cli.mjs at `npm install` / `npm ci` through `prepare`). No tsx
 * at run time. When the bundle is missing, or a source it was built from changed since
 * (cli/dist/manifest.json lists them with their modification times), it is rebuilt first,
 * saying so in one line on stderr. On Node ≥ 22.1 the V8 compile cache is switched on
 * (module.enableCompileCache), so later starts skip compiling the bundle; Node 20 has no such
 * API and starts as before.
 */
import { readFileSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node ≥ 22.1: cache compiled bundle code on disk (in the OS temp folder); absent on Node 20.
nodeModule.enableCompileCache?.();

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'cli', 'dist');

/** '' when the bundle is up to date, else why it must be (re)built. */
function staleReason() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    statSync(join(dist, 'main.mjs'));
  } catch {
    return 'not built yet';
  }
  for (const [file, time] of Object.entries(manifest)) {
    let now;
    try {
      now = statSync(join(root, file)).mtimeMs;
    } catch {
      now = null;
    }
    if (now !== time) return `${file} changed`;
  }
  return '';
}

const reason = staleReason();
if (reason) {
  process.stderr.write(`sizewise: building the CLI (${reason}) …\n`);
  const { buildCli } = await import('../../scripts/build-cli.mjs');
  try {
    await buildCli();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /Cannot find module 'esbuild'/.test(message) ? ' (esbuild is a devDependency: run `npm install` in the Sizewise folder)' : '';
    process.stderr.write(`sizewise: the CLI could not be built: ${message.split('\n')[0]}${hint}\n`);
    process.exit(1);
  }
}
await import('../dist/main.mjs');
