// The CLI runs as plain JavaScript: cli/bin/sizewise.js imports the esbuild bundle
// cli/dist/main.mjs (no tsx at run time), prints help without rebuilding, and a stats run of
// the 5-trade mock log gives the figures read off the CSV by hand: P/L column 200, 250, -150,
// 430, 250 → 5 trades, 4 wins, 1 loss, total 980.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCliSync } from './run-cli';

beforeAll(async () => {
  // @ts-expect-error — plain ESM build script without type declarations
  const { buildCli } = (await import('../../../scripts/build-cli.mjs')) as { buildCli: () => Promise<number> };
  await buildCli();
}, 120_000);

describe('the compiled sizewise CLI', () => {
  it('launches the bundle, not TypeScript through tsx', () => {
    const launcher = readFileSync(join(repoRoot, 'cli', 'bin', 'sizewise.js'), 'utf8');
    const tsx = /from ['"]tsx|import\(['"]tsx|['"]--import['"],\s*['"]tsx/;
    expect(launcher).not.toMatch(tsx);
    expect(launcher).toContain("import('../dist/main.mjs')");
    for (const name of readdirSync(join(repoRoot, 'cli', 'dist')).filter((f) => f.endsWith('.mjs'))) {
      expect(readFileSync(join(repoRoot, 'cli', 'dist', name), 'utf8')).not.toMatch(tsx);
    }
  });

  it('prints --help with every command and nothing on stderr (the bundle is fresh)', () => {
    const run = runCliSync('--help');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('commands: stats, replay, montecarlo, kelly, size, realism, report, workspace');
  });

  it('runs stats on a trade log', () => {
    const run = runCliSync('stats', 'test/fixtures/optionomega/small/mock-block-tradelog.csv', '--json');
    expect(run.code).toBe(0);
    const { portfolio } = JSON.parse(run.stdout) as { portfolio: { trades: number; wins: number; losses: number; totalPl: number } };
    expect(portfolio).toMatchObject({ trades: 5, wins: 4, losses: 1, totalPl: 980 });
  });

  it('runs Monte Carlo in the bundled compute worker (cli/dist/compute-worker.mjs) with the in-process answer', () => {
    const args = ['montecarlo', 'test/fixtures/optionomega/small/marginal-test-block-tradelog.csv', '--sims', '500', '--json'];
    const pooled = runCliSync(...args, '--workers', '1');
    const inProcess = runCliSync(...args, '--workers', '0');
    expect(pooled.code).toBe(0);
    expect(pooled.stderr).toBe('');
    // Everything but the timings (elapsedMs, pathsPerSecond) and the worker count.
    const answer = (stdout: string) => {
      const { elapsedMs: _ms, pathsPerSecond: _rate, workers: _workers, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
      return rest;
    };
    expect(answer(pooled.stdout)).toEqual(answer(inProcess.stdout));
  });
});
