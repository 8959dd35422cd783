// Every command's --json output reaches a pipe whole (issue 8 item 3: main called process.exit
// before stdout drained, so a pipe got the first 64 KiB of a 200 KB document). The real CLI is
// spawned with stdout as a pipe; the reader takes everything until the pipe closes and parses
// it with JSON.parse. The stats run is built to print well over 64 KiB (3,000 rejected rows).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli';

const NINETEEN = join(repoRoot, 'test/fixtures/optionomega/nineteen-strategies.csv');
const SMALL = join(repoRoot, 'test/fixtures/optionomega/small/mock-block-tradelog.csv');
const REJECTED_ROWS = 3000;

let folder: string;
let manyRejects: string;
let returns: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sizewise-pipe-'));
  const good = (await readFile(SMALL, 'utf8')).trimEnd();
  const bad = Array.from({ length: REJECTED_ROWS }, (_, i) => `2024-02-${String((i % 28) + 1).padStart(2, '0')},09:35:00,2024-02-${String((i % 28) + 1).padStart(2, '0')},15:30:00,2.50,0.50,SPX 4800P/4750P,250,1,not-a-number,Test Strategy,1.50,1.50,Target,10200,5000`);
  manyRejects = join(folder, 'many-rejects.csv');
  await writeFile(manyRejects, `${good}\n${bad.join('\n')}\n`);
  returns = join(folder, 'returns.csv');
  await writeFile(returns, `date,return\n${Array.from({ length: 300 }, (_, i) => `2024-01-${i},${((i * 37) % 11) / 1000 - 0.004}`).join('\n')}\n`);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

interface PipedRun {
  code: number | null;
  bytes: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with stdout as a pipe, reading chunk by chunk until it closes. */
function runPiped(args: string[]): Promise<PipedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'cli', 'bin', 'sizewise.js'), ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const out = Buffer.concat(chunks);
      resolve({ code, bytes: out.length, stdout: out.toString('utf8'), stderr });
    });
  });
}

async function parsedJson(args: string[]): Promise<{ run: PipedRun; json: unknown }> {
  const run = await runPiped([...args, '--json']);
  expect(run.code, run.stderr).toBe(0);
  return { run, json: JSON.parse(run.stdout) };
}

describe('--json through a pipe: the whole document, for every command', () => {
  it('stats: 3,000 rejected rows, far beyond 64 KiB', async () => {
    const { run, json } = await parsedJson(['stats', manyRejects]);
    expect(run.bytes).toBeGreaterThan(3 * 65_536);
    const doc = json as { import: { accepted: number; rejected: number; errors: unknown[] } };
    expect(doc.import.accepted).toBe(5);
    expect(doc.import.rejected).toBe(REJECTED_ROWS);
    expect(doc.import.errors).toHaveLength(REJECTED_ROWS);
  });

  it('stats: the readable text is not cut either', async () => {
    const run = await runPiped(['stats', NINETEEN]);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout).toContain('Strategy');
  });

  it('kelly: 19 strategies', async () => {
    const { json } = await parsedJson(['kelly', NINETEEN]);
    expect((json as { strategies: unknown[] }).strategies).toHaveLength(19);
  });

  it('replay: two scenarios', async () => {
    const { json } = await parsedJson(['replay', NINETEEN, '--rule', 'fraction:0.02', '--rule', 'fixed:1']);
    expect((json as { scenarios: unknown[] }).scenarios).toHaveLength(2);
  });

  it('montecarlo', async () => {
    const { json } = await parsedJson(['montecarlo', SMALL, '--sims', '200']);
    expect(json).toHaveProperty('finalValue.p50');
  });

  it('size', async () => {
    const { json } = await parsedJson(['size', '--equity', '100000', '--price', '10', '--p', '0.6', '--b', '2']);
    expect(json).toHaveProperty('quantity');
  });

  it('realism', async () => {
    const { json } = await parsedJson(['realism', '--returns', returns]);
    expect((json as { n: number }).n).toBe(300);
  });

  it.skipIf(!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH)('report', async () => {
    const out = join(folder, 'report.pdf');
    const { json } = await parsedJson(['report', SMALL, '--out', out, '--sections', 'portfolio', '--mc-paths', '200']);
    expect((json as { out: string }).out).toBe(out);
    expect(existsSync(out)).toBe(true);
  }, 240_000);
}, 60_000);
