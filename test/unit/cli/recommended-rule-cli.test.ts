// `--rule recommended` (issue 18 §1): `sizewise replay` and `sizewise montecarlo` simulate the
// placeable contracts `sizewise kelly --json` prints (two commands' outputs compared), on the
// EMA log and the 19-strategy fixture; dc-2-7-mon-wed's recommendation is the hand-checked 118
// of kelly-placeable-cli.test.ts (test/reference/dc-2-7-placeable.py).
import { describe, expect, it } from 'vitest';
import { runCliSync } from './run-cli';

const EMA = 'test/fixtures/optionomega/ema-tradelog.csv';
const NINETEEN = 'test/fixtures/optionomega/nineteen-strategies.csv';
const DC = 'test/fixtures/optionomega/single-strategy/dc-2-7-mon-wed.csv';

function kellyPlaceable(file: string): Record<string, number> {
  const run = runCliSync('kelly', file, '--json');
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout);
  return Object.fromEntries(json.strategies.map((s: { name: string; placeableContracts: number | null }) => [s.name, s.placeableContracts ?? 0]));
}

describe('--rule recommended', () => {
  it.each([EMA, NINETEEN])('replay of %s simulates kelly\'s placeable contracts', (file) => {
    const expected = kellyPlaceable(file);
    const run = runCliSync('replay', file, '--rule', 'recommended', '--rule', 'log', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.recommendation.contracts).toEqual(expected);
    expect(json.scenarios.map((s: { rule: string }) => s.rule)).toEqual(['recommended', 'log']);
    expect(json.recommendation.statement).toMatch(/^the Sizing page's recommendation: .+ contracts at half Kelly of the growth-optimal fraction, placeable under a 100% margin ceiling/);
    // The most contracts any trade opened at is the largest recommendation (no constraint given).
    expect(json.scenarios[0].maxContracts).toBe(Math.max(...Object.values(expected)));
  });

  it('dc-2-7-mon-wed: 118 contracts (the worst-loss cap), in replay and montecarlo', () => {
    const replay = JSON.parse(runCliSync('replay', DC, '--rule', 'recommended', '--json').stdout);
    expect(Object.values(replay.recommendation.contracts)).toEqual([118]);
    const run = runCliSync('montecarlo', DC, '--rule', 'recommended', '--mode', 'dollar', '--sims', '200', '--json');
    expect(run.code).toBe(0);
    expect(Object.values(JSON.parse(run.stdout).recommendation.contracts)).toEqual([118]);
    const text = runCliSync('montecarlo', DC, '--rule', 'recommended', '--mode', 'dollar', '--sims', '200').stdout;
    expect(text).toContain('fixed contracts per strategy (');
    expect(text).toContain(' 118)');
  });

  it('is named in --help', () => {
    expect(runCliSync('replay', '--help').stdout).toContain('"recommended" = the Sizing page\'s placeable contracts per strategy');
    expect(runCliSync('montecarlo', '--help').stdout).toContain('"recommended" = the Sizing page\'s placeable contracts per strategy');
  });
});
