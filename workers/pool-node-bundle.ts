/**
 * The Node compute worker as one prebuilt plain-JavaScript file, so a worker thread starts
 * without tsx (faster start, ~60 MB less memory per worker). On first use esbuild bundles
 * pool-node-entry.ts (core, comlink and all) into node_modules/.cache/sizewise/; a manifest
 * of the bundle's input files and their modification times tells when a source changed
 * and the bundle must be rebuilt. Without esbuild (a production install) the caller falls
 * back to the tsx bootstrap.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'workers', 'pool-node-entry.ts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'sizewise');
const BUNDLE = join(CACHE, 'compute-worker.mjs');
const MANIFEST = join(CACHE, 'compute-worker.json');

/** Input file (relative to the project root) → modification time in ms. */
type Manifest = Record<string, number>;

function mtime(relativePath: string): number | null {
  try {
    return statSync(join(ROOT, relativePath)).mtimeMs;
  } catch {
    return null;
  }
}

function isFresh(): boolean {
  if (!existsSync(BUNDLE) || !existsSync(MANIFEST)) return false;
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    const inputs = Object.entries(manifest);
    return inputs.length > 0 && inputs.every(([path, time]) => mtime(path) === time);
  } catch {
    return false;
  }
}

interface EsbuildLike {
  buildSync(options: Record<string, unknown>): { metafile?: { inputs: Record<string, unknown> } };
}

/** Bundles the worker; writes through temporary files and renames, so concurrent processes never read half a file. */
function build(esbuild: EsbuildLike): void {
  mkdirSync(CACHE, { recursive: true });
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: BUNDLE + suffix,
    absWorkingDir: ROOT,
    metafile: true,
    logLevel: 'silent',
  });
  const manifest: Manifest = {};
  for (const input of Object.keys(result.metafile?.inputs ?? {})) {
    const time = mtime(input);
    if (time !== null) manifest[input] = time;
  }
  writeFileSync(MANIFEST + suffix, JSON.stringify(manifest));
  renameSync(BUNDLE + suffix, BUNDLE);
  renameSync(MANIFEST + suffix, MANIFEST);
}

/** The bundled worker file (built or rebuilt when needed), or null when esbuild is not installed or the build fails. */
export function computeWorkerBundle(): URL | null {
  if (!isFresh()) {
    let esbuild: EsbuildLike;
    try {
      esbuild = createRequire(import.meta.url)('esbuild') as EsbuildLike;
    } catch {
      return null;
    }
    try {
      build(esbuild);
    } catch {
      return null;
    }
  }
  return pathToFileURL(BUNDLE);
}
