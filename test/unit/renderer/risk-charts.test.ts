// Risk charts and texts from a real (small) Monte Carlo of the EMA sample: the fan bands
// stack back to the percentiles, histograms keep every path, and the run description
// names mode, resampling, horizon, paths and seed.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';
import { buildMonteCarloConfig, runMonteCarlo, type MonteCarloConfig, type MonteCarloSummary } from '../../../core/montecarlo';
import { fanChartOption, finalValueHistogramOption, maxDrawdownHistogramOption } from '../../../renderer/src/risk/risk-charts';
import { describeRun } from '../../../renderer/src/risk/risk-conventions';
import { riskCards } from '../../../renderer/src/risk/risk-cards';

let config: MonteCarloConfig;
let summary: MonteCarloSummary;
beforeAll(async () => {
  const text = readFileSync(new URL('../../fixtures/optionomega/ema-tradelog.csv', import.meta.url), 'utf8');
  const imported = await importText('ema-tradelog.csv', text);
  if (!imported.ok || !('trades' in imported)) throw new Error('fixture did not import as a trade log');
  const built = buildMonteCarloConfig(imported.trades, { mode: 'percent', resample: 'block', paths: 500, seed: 3, horizon: { steps: 384 }, checkpoints: 48 });
  if (!built.ok) throw new Error(built.message);
  config = built.config;
  summary = runMonteCarlo(config);
});

type Series = { name: string; stack?: string; data: number[] };

describe('risk charts', () => {
  it('stacks the fan bands back into P5, P25, P75 and P95', () => {
    const series = fanChartOption(summary, 'trades').series as Series[];
    const bands = series.filter((s) => s.stack === 'fan');
    expect(bands.map((s) => s.name)).toEqual(['P5 base', 'P5–P95', 'P25–P75', 'P75–P95']);
    const k = summary.fan.length - 1;
    const cumulative = bands.reduce<number[]>((sums, s) => [...sums, (sums[sums.length - 1] ?? 0) + s.data[k]], []);
    const point = summary.fan[k];
    expect(cumulative.map((v) => Math.round(v * 1e6))).toEqual([point.p5, point.p25, point.p75, point.p95].map((v) => Math.round(v * 1e6)));
    expect(series.filter((s) => s.name === 'Sample paths')).toHaveLength(20);
    expect(series.find((s) => s.name === 'Median (P50)')?.data).toEqual(summary.fan.map((p) => p.p50));
  });

  it('keeps every path in the histograms and trims empty drawdown bins', () => {
    const total = (option: Record<string, unknown>) => (option.series as { data: number[] }[])[0].data.reduce((s, c) => s + c, 0);
    expect(total(finalValueHistogramOption(summary))).toBe(500);
    const drawdown = maxDrawdownHistogramOption(summary);
    expect(total(drawdown)).toBe(500);
    const bins = (drawdown.series as { data: number[] }[])[0].data;
    expect(bins.length).toBeLessThan(50);
    expect(bins[bins.length - 1]).toBeGreaterThan(0);
  });

  it('describes the run in words on every card', () => {
    const description = describeRun(config, 'as logged');
    expect(description).toBe(
      'percent mode: per-trade return on equity before the trade, compounding: equity × (1 + r), 0 absorbs; sizing "as logged" (log): the log as recorded: rᵢ = P/Lᵢ ÷ (Funds at Closeᵢ − P/Lᵢ); ' +
        'stationary block bootstrap, mean block 7 from 384 outcomes; horizon 384 trades; 500 paths, seed 3; start $100,000.00; ruin = equity falls to 50% of start (a 50% loss) at any step.',
    );
    const cards = riskCards(summary, description);
    expect(cards.map((c) => c.id)).toEqual(['median-final', 'final-range', 'prob-profit', 'prob-ruin', 'median-cagr', 'max-drawdown', 'drawdown-at-least']);
    for (const card of cards) expect(card.convention.endsWith(`Run: ${description}`)).toBe(true);
    expect(cards[0].parts[0].value).toBe(summary.finalValue.p50);
  });
});
