/**
 * `sizewise compare <backtest> <live>` — live vs backtest (issue 14): the backtest trade log
 * (or a `.sizewise` workspace's trades) against an OptionOmega reporting log; matching,
 * slippage, drift percentiles and suggested multipliers through core/app liveComparison, the
 * same use case as the app's "Live vs backtest" page. `--json` prints the issue's shape
 * (core/app compareJson).
 */
import { basename } from 'node:path';
import { importBytes } from '../../core/import';
import { compareJson, liveComparison, MAX_TOLERANCE_MINUTES } from '../../core/app';
import { MAX_PATHS } from '../../core/montecarlo';
import type { LiveComparison, StrategyMapping } from '../../core/live';
import type { ReportingTrade } from '../../core/model';
import { type Command, UsageError } from '../command';
import { NUMBER_HELP, numberFlag, parseCommandArgs, SEED } from '../args';
import { loadContent } from '../load-input';
import { num, pct, table } from '../output';
import { readInput } from '../read-input';

const usage = `usage: sizewise compare <backtest tradelog.csv | workspace.sizewise> <live reporting-log.csv> [options] [--json]
  --tolerance-minutes M   largest open-time gap of a pair on the same day, 0–${MAX_TOLERANCE_MINUTES} (default 30)
  --map "Live=Backtest"   confirm a strategy mapping (repeatable); "Live=" = no backtest twin.
                          Unmapped live names get the suggestion (name similarity and common days)
  --sims N                bootstrap draws per strategy for drift, 1–${MAX_PATHS.toLocaleString('en-US')} (default 10,000)
  --seed S                seed of the drift bootstrap (default 1)
JSON: { window: { from, to }, strategies: [ { name, liveName, matched, liveOnly, backtestOnly,
        outsideWindow, meanSlippagePerContract, livePlPerContract, backtestPlPerContract,
        driftPercentile, drifting, suggestedMultiplier } ], pairs: [ { strategy, liveOpened,
        backtestOpened, slippagePerContract, plPerContractLive, plPerContractBacktest } ] }
${NUMBER_HELP}`;

/** `--map "Live name=Backtest name"` values as a mapping; a bad one is a UsageError naming it. */
export function parseStrategyMap(specs: string[]): StrategyMapping {
  const mapping: StrategyMapping = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const live = spec.slice(0, eq).trim();
    const backtest = spec.slice(eq + 1).trim();
    if (eq < 0 || live === '') throw new UsageError(`--map: "${spec}" is not "Live name=Backtest name"`);
    if (live in mapping) throw new UsageError(`--map: "${live}" is mapped twice`);
    mapping[live] = backtest === '' ? null : backtest;
  }
  return mapping;
}

async function loadReporting(path: string): Promise<ReportingTrade[]> {
  const outcome = await importBytes(basename(path), await readInput(path));
  if (!outcome.ok) throw new UsageError(`${basename(path)}: ${outcome.message}`);
  if (outcome.format !== 'optionomega-reporting') throw new UsageError(`${basename(path)} is not an OptionOmega reporting log (detected ${outcome.format})`);
  return outcome.reporting;
}

function compareText(c: LiveComparison): string {
  const rows: (string | number)[][] = [['Strategy', 'Live name', 'Matched', 'Live only', 'Backtest only', 'Outside', 'Slippage/ct', 'Live P/L/ct', 'Backtest P/L/ct', 'Percentile', 'Multiplier']];
  for (const s of c.strategies) {
    rows.push([s.name ?? '—', s.liveName ?? '—', s.matched, s.liveOnly, s.backtestOnly, s.outsideWindow, num(s.meanSlippagePerContract), num(s.livePlPerContract), num(s.backtestPlPerContract), s.driftPercentile === null ? '—' : `${pct(s.driftPercentile, 1)}${s.drifting ? ' drifting' : ''}`, num(s.suggestedMultiplier, 1)]);
  }
  return [
    `Window: ${c.window.from ?? '—'} to ${c.window.to ?? '—'}${c.window.from === null ? ` (${c.window.nullReasons.from})` : ''}`,
    '',
    table(rows),
    '',
    ...c.conventions.map((line) => `  ${line}`),
    ...(c.warnings.length > 0 ? ['', 'Warnings:', ...c.warnings.map((w) => `  - ${w}`)] : []),
  ].join('\n');
}

const command: Command = {
  summary: 'live vs backtest: match live fills to backtest trades, slippage, drift and suggested multipliers',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs('compare', args, {
      'tolerance-minutes': { type: 'string' },
      map: { type: 'string', multiple: true },
      sims: { type: 'string' },
      seed: { type: 'string' },
    });
    if (positionals.length !== 2) throw new UsageError(`compare: expected <backtest> <live reporting log>, got ${positionals.length} file${positionals.length === 1 ? '' : 's'}`);
    const toleranceMinutes = values['tolerance-minutes'] === undefined ? undefined : numberFlag('--tolerance-minutes', values['tolerance-minutes'], { min: 0, max: MAX_TOLERANCE_MINUTES });
    const sims = values.sims === undefined ? undefined : numberFlag('--sims', values.sims, { min: 1, max: MAX_PATHS, integer: true });
    const seed = values.seed === undefined ? undefined : numberFlag('--seed', values.seed, SEED);
    const mapping = parseStrategyMap(values.map ?? []);
    const [backtestPath, livePath] = positionals;
    const content = await loadContent(backtestPath);
    const reporting = await loadReporting(livePath);
    const outcome = liveComparison({ ...content, reporting }, { toleranceMinutes, mapping, sims, seed });
    if (!outcome.ok) throw new UsageError(`compare: ${outcome.message}`);
    return { json: compareJson(outcome.comparison), text: compareText(outcome.comparison) };
  },
};

export default command;
