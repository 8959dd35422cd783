// Crash safety of the atomic save: a child Node process saves two 3 MB versions of a file over
// and over and is SIGKILLed at a random moment, 50 times. Every time, the file must be exactly
// one of the two versions (same SHA-256), never a mix or a truncation. Temp files the kills
// leave behind are removed by the next save. Two kill lanes run side by side (each with its
// own folder) because a Node start-up costs ~0.2 s of mostly idle time on this machine.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/atomic-write';

const RUNS = 50;
const LANES = 2;
const SIZE = 3 * 1024 * 1024;
const SEED = 20_251_121;

/** Deterministic kill delays (mulberry32), so a failure can be replayed. */
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
  for (let i = 0; i < SIZE; i++) bytes[i] = (i * 31 + fill) & 0xff;
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
const oldVersion = version(1);
const newVersion = version(2);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sizewise-crash-'));
  // The child runs the real module, transpiled to plain ESM (it only uses Node built-ins).
  const source = await readFile(new URL('../../../electron/main/atomic-write.ts', import.meta.url), 'utf8');
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

/** One kill: start from the old version, let the child save for a while, SIGKILL it. */
async function killDuringSaves(target: string, delayMs: number): Promise<Buffer> {
  await writeFile(target, oldVersion);
  const child = spawn(process.execPath, [join(root, 'child.mjs'), target, join(root, 'old.bin'), join(root, 'new.bin')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitForReady(child);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await exited;
  return readFile(target);
}

describe('atomic save under SIGKILL', () => {
  it(`leaves the old or the new version, never a broken file (${RUNS} kills)`, async () => {
    const next = random(SEED);
    const delays = Array.from({ length: RUNS }, () => Math.floor(next() * 40));
    const allowed = new Map([
      [sha256(oldVersion), 'old'],
      [sha256(newVersion), 'new'],
    ]);
    const outcomes = { old: 0, new: 0, leftoverTemp: 0 };
    const folders = await Promise.all(Array.from({ length: LANES }, async (_, lane) => {
      const folder = join(root, `lane-${lane}`);
      await mkdir(folder);
      return folder;
    }));

    await Promise.all(
      folders.map(async (folder, lane) => {
        const target = join(folder, 'book.sizewise');
        for (let run = lane; run < RUNS; run += LANES) {
          const found = allowed.get(sha256(await killDuringSaves(target, delays[run])));
          expect(found, `run ${run} (delay ${delays[run]} ms): the file is neither the old nor the new version`).toBeDefined();
          outcomes[found as 'old' | 'new']++;
          if ((await readdir(folder)).some((name) => name.endsWith('.sizewise-tmp'))) outcomes.leftoverTemp++;
        }
      }),
    );
    console.info(`crash test (seed ${SEED}): ${outcomes.old} old, ${outcomes.new} new, ${outcomes.leftoverTemp} kills left a temp file`);
    expect(outcomes.old + outcomes.new).toBe(RUNS);

    const target = join(folders[0], 'book.sizewise');
    await writeFileAtomic(target, newVersion);
    expect(await readdir(folders[0])).toEqual(['book.sizewise']);
    expect(sha256(await readFile(target))).toBe(sha256(newVersion));
  });
});
