/**
 * Builds the `sizewise` CLI to plain JavaScript (esbuild): cli/main.ts → cli/dist/main.mjs
 * (commands as lazily loaded chunks, so `sizewise --help` parses only the launcher) and the
 * Node compute worker workers/pool-node-entry.ts → cli/dist/compute-worker.mjs. Runs as
 * `npm run build:cli` and from `prepare` (so `npm install` / `npm ci` leave a built CLI);
 * cli/bin/sizewise.js calls it on first run when the bundle is missing or a source changed.
 *
 * sql.js (finds its wasm next to its own file) and playwright-core stay external: they are
 * loaded from node_modules (both in "dependencies"). Everything else is bundled.
 * cli/dist/manifest.json lists the project files the bundle was built from with their
 * modification times; the launcher compares them to tell a stale bundle.
 * Every output file sits directly in cli/dist/, two levels below the root like the sources
 * in cli/<folder>/: modules that locate files from their own URL (cli/pdf/print-report.ts:
 * `../../dist-web/`) resolve the same way bundled. Keep it so (no chunk subfolders).
 * Output is written to a temporary folder and moved into place file by file (the entry files
 * last), so a concurrently starting CLI never reads half a build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'cli', 'dist');
export const MANIFEST = join(DIST, 'manifest.json');
const EXTERNAL = ['sql.js', 'playwright-core', 'vite'];

/** In the bundle the compute worker is the prebuilt file next to the chunk that starts it. */
const workerBundlePlugin = {
  name: 'sizewise-worker-bundle',
  setup(build) {
    build.onResolve({ filter: /\/pool-node-bundle$/ }, () => ({ path: 'pool-node-bundle', namespace: 'sizewise' }));
    build.onLoad({ filter: /.*/, namespace: 'sizewise' }, () => ({
      contents: "export function computeWorkerBundle() { return new URL('./compute-worker.mjs', import.meta.url); }",
      loader: 'js',
    }));
  },
};

/** `import text from './file?raw'` (Vite's raw import, e.g. workers/rate-series.ts: resources/dtb3.csv) as the file's text. */
const rawTextPlugin = {
  name: 'sizewise-raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'sizewise-raw' }));
    build.onLoad({ filter: /.*/, namespace: 'sizewise-raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

/** Builds the CLI; returns the number of files written. Throws with esbuild's message on failure. */
export async function buildCli() {
  const esbuild = createRequire(import.meta.url)('esbuild');
  const staging = join(ROOT, 'cli', `.dist-${process.pid}-${Date.now()}`);
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', absWorkingDir: ROOT, metafile: true, logLevel: 'silent', legalComments: 'none' };
  try {
    const [cli, worker] = await Promise.all([
      esbuild.build({
        ...common,
        entryPoints: { main: 'cli/main.ts' },
        outdir: staging,
        outExtension: { '.js': '.mjs' },
        splitting: true,
        chunkNames: 'chunk-[hash]',
        external: EXTERNAL,
        plugins: [workerBundlePlugin, rawTextPlugin],
        // Bundled CommonJS packages may call require(); give the ESM output one.
        banner: { js: "import { createRequire as __sizewiseRequire } from 'node:module'; const require = __sizewiseRequire(import.meta.url);" },
      }),
      esbuild.build({ ...common, entryPoints: { 'compute-worker': 'workers/pool-node-entry.ts' }, outdir: staging, outExtension: { '.js': '.mjs' }, plugins: [rawTextPlugin] }),
    ]);
    const manifest = {};
    for (const input of [...Object.keys(cli.metafile.inputs), ...Object.keys(worker.metafile.inputs)]) {
      if (input.includes('node_modules/') || input.includes(':')) continue;
      manifest[input] = statSync(join(ROOT, input)).mtimeMs;
    }
    for (const extra of ['scripts/build-cli.mjs', 'resources/dtb3.csv']) manifest[extra] = statSync(join(ROOT, extra)).mtimeMs;
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest));
    mkdirSync(DIST, { recursive: true });
    const files = readdirSync(staging);
    const entries = new Set(['main.mjs', 'compute-worker.mjs', 'manifest.json']);
    // Chunks (content-hashed names) first, then the entry files, then the manifest.
    for (const name of files.filter((f) => !entries.has(f))) renameSync(join(staging, name), join(DIST, name));
    for (const name of ['compute-worker.mjs', 'main.mjs', 'manifest.json']) renameSync(join(staging, name), join(DIST, name));
    // Chunks of earlier builds: removed once old enough that no CLI started before can still need them.
    const now = Date.now();
    for (const name of readdirSync(DIST)) {
      if (name.startsWith('chunk-') && !files.includes(name) && now - statSync(join(DIST, name)).mtimeMs > 10 * 60_000) rmSync(join(DIST, name), { force: true });
    }
    return files.length;
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const count = await buildCli();
    console.log(`sizewise CLI built: ${count} files in ${relative(process.cwd(), DIST) || '.'}`);
  } catch (error) {
    let esbuildMissing = false;
    try {
      createRequire(import.meta.url).resolve('esbuild');
    } catch {
      esbuildMissing = true;
    }
    if (esbuildMissing && process.env.npm_lifecycle_event === 'prepare') {
      // `npm install --omit=dev`: no build tool; the launcher says so if the CLI is run.
      console.warn('sizewise: esbuild is not installed (devDependencies omitted); the CLI is not built');
    } else {
      console.error(`sizewise: building the CLI failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}
