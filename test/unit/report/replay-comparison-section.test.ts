// The replay comparison section on the EMA sample: present when trades exist, the default
// scenario set, every metric cell equal to core/replay's result, overlaid equity curves and
// the convention notes; saved scenarios replace the default set.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Trade } from '../../../core/model';
import { buildReportModel, compareReportScenarios, formatCell, type ReplayComparison, type ReportInput, type ReportSection } from '../../../core/report';
import { defaultReplaySettings, parseRuleSpec, prepareReplayInput, runReplay, type SizingRule } from '../../../core/replay';
import { computeStats } from '../../../core/stats';
import { fixtureTrades } from '../support/fixtures';

const CAPITAL = 100_000;
let trades: Trade[];
let input: ReportInput;

beforeAll(async () => {
  trades = await fixtureTrades('ema-tradelog.csv');
  input = { portfolioName: 'EMA sample', stats: computeStats(trades), capital: CAPITAL, fraction: 0.5, generatedAt: '2025-10-09T12:00:00.000Z' };
});

/** The comparison of `trades`; throws when there is none. */
function compared(trades: Trade[], capital: number, options: Parameters<typeof compareReportScenarios>[2] = {}): ReplayComparison {
  const outcome = compareReportScenarios(trades, capital, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

const replaySection = (replay: ReplayComparison | undefined): ReportSection | undefined => buildReportModel({ ...input, replay }).sections.find((s) => s.id === 'replay');
const rule = (spec: string): SizingRule => {
  const parsed = parseRuleSpec(spec);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rule;
};

describe('replay comparison section (EMA sample)', () => {
  it('says why without replay results, and why no trade can be replayed', () => {
    expect(replaySection(undefined)).toEqual({ id: 'replay', title: 'Replay comparison', omitted: 'the replay was not computed for this report', tables: [], charts: [], notes: [] });
    expect(compareReportScenarios([], CAPITAL)).toEqual({ ok: false, message: 'no closed trade can be replayed' });
  });

  it('compares the default set; every metric cell is core/replay’s result', () => {
    const section = replaySection(compared(trades, CAPITAL))!;
    const [table] = section.tables;
    const expected = runReplay(
      prepareReplayInput(trades),
      ['log', 'fixed:1', 'kelly:0.5', 'kelly:0.25'].map((spec) => ({ rule: rule(spec), settings: defaultReplaySettings(CAPITAL) })),
    );
    expect(table.rows.map((row) => row.slice(0, 2))).toEqual([
      ['As logged', 'log'],
      ['1 contract', 'fixed:1'],
      ['Half Kelly', 'kelly:0.5:avg-loss'],
      ['Quarter Kelly', 'kelly:0.25:avg-loss'],
    ]);
    table.rows.forEach((row, i) => {
      const r = expected[i];
      expect(row.slice(2)).toEqual([
        { value: r.finalEquity, format: 'money' },
        { value: r.cagr, format: 'percent' },
        { value: r.maxDrawdown, format: 'percent' },
        { value: r.mar, format: 'decimal' },
        { value: r.sharpe, format: 'decimal' },
        { value: r.tradesTaken, format: 'integer' },
        { value: r.tradesSkipped, format: 'integer' },
        { value: r.maxContracts, format: 'integer' },
        { value: r.peakMarginUse, format: 'percent' },
      ]);
    });
    expect(table.rows[0].map(formatCell)).toEqual(['As logged', 'log', '119,735.00', '26.59%', '12.89%', '2.06', '1.22', '384', '0', '3', '80.96%']);
  });

  it('overlays one equity curve per scenario on the business days', () => {
    const comparison = compared(trades, CAPITAL);
    const [chart] = replaySection(comparison)!.charts;
    expect(chart).toMatchObject({ id: 'replay-equity', xAxis: 'date', yFormat: 'money' });
    expect(chart.series.map((s) => [s.name, s.type, s.points.length])).toEqual([
      ['As logged', 'line', 200],
      ['1 contract', 'line', 200],
      ['Half Kelly', 'line', 200],
      ['Quarter Kelly', 'line', 200],
    ]);
    expect(chart.series[0].points.at(-1)).toEqual([comparison.dates.at(-1), 119_735]);
  });

  it('states where the scenarios come from, how estimates are made and why trades were skipped', () => {
    const section = replaySection(compared(trades, CAPITAL))!;
    expect(section.notes).toEqual([
      'Scenarios: the default set — As logged (log), 1 contract (fixed:1), Half Kelly (kelly:0.5:avg-loss), Quarter Kelly (kelly:0.25:avg-loss) — each from 100,000.00 with no constraints. Save scenarios on the Replay page to compare your own.',
      'Estimates (average and largest loss per contract, Kelly, optimal f) use only trades closed before each open (no look-ahead), after a warm-up of 20 closed trades; a rule without an estimate yet skips the trade.',
      'Half Kelly: 44 trades skipped — 20 no estimate yet (warm-up, or no losing trade yet); 22 no edge (Kelly or optimal f ≤ 0, or zero volatility); 2 sized below 1 contract.',
      'Quarter Kelly: 45 trades skipped — 20 no estimate yet (warm-up, or no losing trade yet); 22 no edge (Kelly or optimal f ≤ 0, or zero volatility); 3 sized below 1 contract.',
    ]);
    expect(buildReportModel({ ...input, replay: compared(trades, CAPITAL) }).conventions.some((c) => c.startsWith('Replay: trades re-run in open order'))).toBe(true);
  });

  it('runs the saved scenarios instead, naming their constraints and estimate windows', () => {
    const saved = [
      { name: 'Capped half Kelly', value: { name: 'x', rule: rule('kelly:0.5'), constraints: { ...defaultReplaySettings(1), startingCapital: null, marginCeiling: 0.5, maxOpenTrades: 2 } } },
      { name: 'Look-ahead 2 lots', value: { name: 'y', rule: rule('fixed:2'), constraints: { ...defaultReplaySettings(1), startingCapital: 50_000, estimates: 'full-sample' } } },
    ];
    const comparison = compared(trades, CAPITAL, { saved });
    const section = replaySection(comparison)!;
    expect(section.tables[0].rows.map((row) => row[0])).toEqual(['Capped half Kelly', 'Look-ahead 2 lots']);
    const [capped, fixed] = comparison.runs;
    const expected = runReplay(prepareReplayInput(trades), [
      { rule: rule('kelly:0.5'), settings: { ...defaultReplaySettings(CAPITAL), marginCeiling: 0.5, maxOpenTrades: 2 } },
      { rule: rule('fixed:2'), settings: { ...defaultReplaySettings(50_000), estimates: 'full-sample' } },
    ]);
    expect([capped.result.finalEquity, fixed.result.finalEquity]).toEqual([expected[0].finalEquity, expected[1].finalEquity]);
    expect(section.notes.slice(0, 3)).toEqual([
      "Scenarios: the 2 replay scenarios saved in the workspace (a scenario using the log's capital starts from the report's 100,000.00).",
      'Capped half Kelly: estimates (average and largest loss per contract, Kelly, optimal f) use only trades closed before each open (no look-ahead), after a warm-up of 20 closed trades; a rule without an estimate yet skips the trade.',
      'Look-ahead 2 lots: estimates (average and largest loss per contract, Kelly, optimal f) come from the whole log: look-ahead, later trades size earlier ones.',
    ]);
    expect(section.notes).toContain('Capped half Kelly: margin ceiling 50.00% of equity; at most 2 trades open.');
    expect(section.notes).toContain('Look-ahead 2 lots: starting capital 50,000.00.');
  });

  it('prints an undefined metric as an empty cell', () => {
    const comparison = compared(trades, CAPITAL);
    const run = comparison.runs[0];
    const broken = { ...comparison, runs: [{ ...run, result: { ...run.result, mar: null, sharpe: Number.NaN, cagr: null } }] };
    const row = replaySection(broken)!.tables[0].rows[0];
    expect(row.map(formatCell).slice(3, 7)).toEqual(['—', '12.89%', '—', '—']);
  });
});
