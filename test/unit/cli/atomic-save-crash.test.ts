// The CLI saves its PDFs with the app's one atomic writer (issue 8 item 14: the CLI had its
// own, without the folder fsync and without removing temp files of killed saves — 37 files,
// 6 GB after 50 kills). Crash safety of that writer, as the CLI uses it: a child Node process
// saves two 4 MB versions of a file in a loop and is SIGKILLed at a random moment, 24 times
// (seeded delays, two lanes side by side). After every kill the target is exactly the old or
// the new version (SHA-256), and the next save leaves no temp file behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomic-write';
import { repoRoot } from './run-cli';

const KILLS = 24;
const LANES = 2;
const SIZE = 4 * 1024 * 1024;
const SEED = 8_014;

/** mulberry32: deterministic kill delays, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function version(fill: number): Buffer {
  const bytes = Buffer.alloc(SIZE);
  for (let i = 0; i < SIZE; i++) bytes[i] = (i * 7 + fill) & 0xff;
  return bytes;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const CHILD = `
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.mjs';
const [target, oldPath, newPath] = process.argv.slice(2);
const versions = [readFileSync(newPath), readFileSync(oldPath)];
process.stdout.write('ready\\n');
for (let i = 0; ; i++) await writeFileAtomic(target, versions[i % 2]);
`;

let root: string;
const oldVersion = version(3);
const newVersion = version(4);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sizewise-cli-crash-'));
  // The child runs the real module, transpiled to plain ESM (it uses Node built-ins only).
  const source = await readFile(join(repoRoot, 'electron/main/atomic-write.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  await writeFile(join(root, 'atomic-write.mjs'), js);
  await writeFile(join(root, 'child.mjs'), CHILD);
  await writeFile(join(root, 'old.bin'), oldVersion);
  await writeFile(join(root, 'new.bin'), newVersion);
});
afterAll(() => rm(root, { recursive: true, force: true }));

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    child.once('error', reject);
  });
}

async function killDuringSaves(target: string, delayMs: number): Promise<Buffer> {
  const child = spawn(process.execPath, [join(root, 'child.mjs'), target, join(root, 'old.bin'), join(root, 'new.bin')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitForReady(child);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await exited;
  return readFile(target);
}

describe('the CLI writes through the one atomic writer', () => {
  it('print-report imports electron/main/atomic-write and the CLI has no writer of its own', async () => {
    const source = await readFile(join(repoRoot, 'cli/pdf/print-report.ts'), 'utf8');
    expect(source).toMatch(/import \{ writeFileAtomic \} from '\.\.\/\.\.\/electron\/main\/atomic-write';/);
    const cliFiles = (await readdir(join(repoRoot, 'cli'), { recursive: true })).filter((name) => name.endsWith('.ts'));
    const writers = [];
    for (const name of cliFiles) {
      if (/\b(rename|writeFile)\s*\(/.test(await readFile(join(repoRoot, 'cli', name), 'utf8'))) writers.push(name);
    }
    expect(writers).toEqual([]);
  });
});

describe('atomic save under SIGKILL', () => {
  it(`leaves the old or the new file after each of ${KILLS} kills; the next save removes the temp files`, async () => {
    const next = random(SEED);
    const delays = Array.from({ length: KILLS }, () => Math.floor(next() * 60));
    const allowed = new Map([
      [sha256(oldVersion), 'old'],
      [sha256(newVersion), 'new'],
    ]);
    const outcomes = { old: 0, new: 0, killsLeavingTemp: 0 };
    await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const folder = join(root, `lane-${lane}`);
        await mkdir(folder);
        const target = join(folder, 'report.pdf');
        await writeFile(target, oldVersion);
        for (let run = lane; run < KILLS; run += LANES) {
          const found = allowed.get(sha256(await killDuringSaves(target, delays[run])));
          expect(found, `kill ${run} (after ${delays[run]} ms): the file is neither the old nor the new version`).toBeDefined();
          outcomes[found as 'old' | 'new']++;
          if ((await readdir(folder)).length > 1) outcomes.killsLeavingTemp++;
          // The next save (the previous version again) cleans whatever the kill left.
          await writeFileAtomic(target, oldVersion);
          expect(await readdir(folder), `kill ${run}: a temp file outlived the next save`).toEqual(['report.pdf']);
          expect(sha256(await readFile(target))).toBe(sha256(oldVersion));
        }
      }),
    );
    console.info(`CLI crash test (seed ${SEED}): ${outcomes.old} old, ${outcomes.new} new, ${outcomes.killsLeavingTemp} kills left a temp file`);
    expect(outcomes.old + outcomes.new).toBe(KILLS);
  }, 50_000);
});
