// `sizewise bets … --json` through a pipe: the whole document arrives and parses (main writes
// and awaits the flush; a cut pipe would stop at 64 KiB). 400 candidates (the sample's ten
// repeated 40 times under new market names, so each is a ticket with its reasons) make the JSON
// well over 64 KiB. Also: --help lists every flag with its default.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../cli/run-cli';

let folder: string;
let many: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sizewise-bets-pipe-'));
  const [header, ...rows] = (await readFile(join(repoRoot, 'test/fixtures/bets/bets-candidates.csv'), 'utf8')).trimEnd().split('\n');
  const out = [header];
  for (let k = 0; k < 40; k++) for (const row of rows) out.push(row.replace(/^([^,]*),([^,]*),/, (_, g: string, m: string) => `${g},${m}-R${k},`));
  many = join(folder, 'many-candidates.csv');
  await writeFile(many, `${out.join('\n')}\n`);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

function runPiped(args: string[]): Promise<{ code: number | null; bytes: number; stdout: string; stderr: string }> {
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

describe('sizewise bets through a pipe', () => {
  it('400 tickets, far beyond 64 KiB, parsed whole', async () => {
    const run = await runPiped(['bets', 'test/fixtures/bets/bets-sample.csv', '--candidates', many, '--cash', '100000', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.bytes).toBeGreaterThan(65_536);
    const json = JSON.parse(run.stdout);
    expect(json.tickets.length).toBeGreaterThan(300);
    expect(json.runBudget).toBe(25000);
  });

  it('--help lists every flag with its default', async () => {
    const run = await runCli(['bets', '--help']);
    expect(run.code).toBe(0);
    for (const [flag, def] of [
      ['--window N', '(default 30)'],
      ['--halflife H', '(default 7)'],
      ['--prior 1|2', '(default 1)'],
      ['--budget B', '(default 500'],
      ['--cash C', '(default 2000'],
      ['--balance-fraction F', '(default 0.25)'],
      ['--min F', '(default 0.05)'],
      ['--max F', '(default 0.4)'],
      ['--allocation score|kelly', '(default score)'],
      ['--candidates FILE', '(default none'],
      ['--kelly-fraction K', '(default 0.25)'],
      ['--per-bet-cap D', '(default none)'],
      ['--force-cap D', '(default 2)'],
    ]) {
      const line = run.stdout.split('\n').findIndex((l) => l.trimStart().startsWith(flag));
      expect(line, flag).toBeGreaterThanOrEqual(0);
      expect(run.stdout.split('\n').slice(line, line + 2).join(' '), flag).toContain(def);
    }
    const top = await runCli(['--help']);
    expect(top.stdout).toContain('bets');
  });
});
