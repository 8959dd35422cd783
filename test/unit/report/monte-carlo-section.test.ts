// The Monte Carlo section on the EMA sample: the report's documented config, a fan chart and
// risk table that reproduce runMonteCarlo's summary of the same config exactly, and the
// convention line; without a simulation, the reason in its place.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trade } from '../../../core/model';
import { buildMonteCarloConfig, runMonteCarlo, type MonteCarloSummary } from '../../../core/montecarlo';
import { buildReportModel, formatCell, REPORT_MONTE_CARLO, reportMonteCarloOptions, runReportMonteCarlo, type ReportInput, type ReportSection } from '../../../core/report';
import { computeStats } from '../../../core/stats';
import { fixtureTrades } from '../support/fixtures';

const CAPITAL = 100_000;
let trades: Trade[];
let input: ReportInput;
let section: ReportSection;
let summary: MonteCarloSummary;

beforeAll(async () => {
  trades = await fixtureTrades('ema-tradelog.csv');
  input = { portfolioName: 'EMA sample', stats: computeStats(trades), capital: CAPITAL, fraction: 0.5, generatedAt: '2025-10-09T12:00:00.000Z' };
  const simulated = runReportMonteCarlo(trades, CAPITAL);
  if (!simulated.ok) throw new Error(simulated.message);
  section = buildReportModel({ ...input, montecarlo: simulated.value }).sections.find((s) => s.id === 'montecarlo')!;
  const built = buildMonteCarloConfig(trades, { mode: 'percent', resample: 'block', paths: 10_000, seed: 1, startingCapital: CAPITAL, ruinLevel: 0.5 });
  if (!built.ok) throw new Error(built.message);
  summary = runMonteCarlo(built.config);
});

describe('Monte Carlo section (EMA sample)', () => {
  it('simulates with the documented conventions', () => {
    expect(REPORT_MONTE_CARLO).toEqual({ paths: 10_000, seed: 1, ruinLevel: 0.5 });
    expect(reportMonteCarloOptions(CAPITAL)).toEqual({ mode: 'percent', resample: 'block', paths: 10_000, seed: 1, startingCapital: CAPITAL, ruinLevel: 0.5 });
    expect(section.notes).toEqual([
      "Percent mode (the log as recorded: rᵢ = P/Lᵢ ÷ (Funds at Closeᵢ − P/Lᵢ)); stationary block bootstrap (Politis & Romano), mean block length 7 trades; horizon 384 trades (the sample's length); 10,000 paths, seed 1; ruin = equity falls to 50% of start (a 50% loss), start 100,000.00.",
    ]);
  });

  it('risk table: exactly the summary of runMonteCarlo on the same config', () => {
    const [table] = section.tables;
    expect(table.rows).toEqual([
      ['Starting capital', { value: CAPITAL, format: 'money' }],
      ['Median final equity', { value: summary.finalValue.p50, format: 'money' }],
      ['P5 final equity', { value: summary.finalValue.p5, format: 'money' }],
      ['P95 final equity', { value: summary.finalValue.p95, format: 'money' }],
      ['Probability of profit', { value: summary.probProfit, format: 'percent' }],
      ['P(ruin: equity falls to 50% of start (a 50% loss))', { value: summary.probRuin, format: 'percent' }],
      ['P(max drawdown ≥ 10%)', { value: summary.probDrawdownAtLeast['0.1'], format: 'percent' }],
      ['P(max drawdown ≥ 20%)', { value: summary.probDrawdownAtLeast['0.2'], format: 'percent' }],
      ['P(max drawdown ≥ 30%)', { value: summary.probDrawdownAtLeast['0.3'], format: 'percent' }],
      ['P(max drawdown ≥ 50%)', { value: summary.probDrawdownAtLeast['0.5'], format: 'percent' }],
      ['Median CAGR', { value: summary.medianCagr, format: 'percent' }],
      ['Median max drawdown', { value: summary.maxDrawdown.p50, format: 'percent' }],
    ]);
    // The reference median of the EMA sample (10,000 paths, block bootstrap) is 119,339 within ±2%.
    expect(Math.abs(summary.finalValue.p50 / 119_339 - 1)).toBeLessThan(0.02);
    expect(formatCell(table.rows[1][1])).toBe(formatCell({ value: summary.finalValue.p50, format: 'money' }));
  });

  it('fan chart: P5–P95 and P25–P75 bands and the median at every checkpoint', () => {
    const [chart] = section.charts;
    expect(chart).toMatchObject({ id: 'montecarlo-fan', title: 'Equity percentiles across 10,000 simulated paths, by trade', xAxis: 'value', yFormat: 'money' });
    expect(chart.series).toEqual([
      { name: 'P5–P95', type: 'band', points: summary.fan.map((f) => [f.step, f.p5, f.p95]) },
      { name: 'P25–P75', type: 'band', points: summary.fan.map((f) => [f.step, f.p25, f.p75]) },
      { name: 'Median', type: 'line', points: summary.fan.map((f) => [f.step, f.p50]) },
    ]);
    expect(summary.fan.map((f) => f.step).slice(0, 2)).toEqual([0, 2]);
    expect(summary.fan.at(-1)!.step).toBe(384);
  });

  it('says why without a simulation, and the simulation needs 2 closed trades', () => {
    expect(buildReportModel(input).sections.find((s) => s.id === 'montecarlo')!.omitted).toBe('the Monte Carlo simulation was not run for this report');
    expect(runReportMonteCarlo(trades.slice(0, 1), CAPITAL)).toEqual({ ok: false, message: 'Monte Carlo needs at least 2 closed trades, got 1', errors: [{ field: '', message: 'Monte Carlo needs at least 2 closed trades, got 1' }] });
  });

  it('takes other paths and seeds', () => {
    const simulated = runReportMonteCarlo(trades, CAPITAL, { paths: 500, seed: 9 });
    if (!simulated.ok) throw new Error(simulated.message);
    expect([simulated.value.config.paths, simulated.value.config.seed, simulated.value.summary.paths]).toEqual([500, 9, 500]);
  });
});
