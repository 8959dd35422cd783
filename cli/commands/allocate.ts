/**
 * `sizewise allocate <file> [<file> ...]` — split capital across the strategies of trade logs
 * and the assets of daily price / return files (issue 19, SPEC-metrics §6) by one method, with
 * an optional walk-forward evaluation. Also exports the inputs loader `sizewise correlation` uses.
 */
import { basename } from 'node:path';
import { ALLOCATION_METHODS, COVARIANCES, DEFAULT_ALLOCATION_OPTIONS, isSeriesHeader, parseSeriesFile, PERIODS, type AllocationReport } from '../../core/allocate';
import { type AllocationInput, workspaceAllocation } from '../../core/app';
import { type Command, UsageError } from '../command';
import { loadTradeLog } from '../load-input';
import { readInput } from '../read-input';
import { choiceFlag, NUMBER_HELP, numberFlag, parseCommandArgs, POSITIVE } from '../args';
import { num, pct, table } from '../output';

const MAX_DAYS = 100_000;
const DAYS = { min: 0, max: MAX_DAYS, integer: true };
const CONTRACTS = { min: 0, max: 1_000_000 };

const usage = `usage: sizewise allocate <file> [<file> ...] --method M [options] [--json]
  <file>                 trade logs (a blank strategy column: named after the file) and daily price
                         files (Date, Adj Close: named after the file) or return files (Date + one column per leg)
  --method M             ${ALLOCATION_METHODS.join('|')} (default equal)
  --fraction F           Kelly fraction for kelly, kelly-gaussian, kelly-margin, > 0 and ≤ 2 (default 1)
  --min W  --max W       per-asset weight bounds (default 0 and 1; --min 0 is long-only)
  --ceiling C            total: Σ weights (kelly-margin: margin ÷ capital at every opening moment), > 0 and ≤ 100 (default 1)
  --capital N            capital, > 0 (default: the first trade log's starting capital, else 100,000)
  --cov sample|ledoit-wolf        covariance (default ledoit-wolf, constant-correlation target)
  --period daily|weekly|monthly   calendar aggregation (default daily)
  --walk-forward IS:OOS:STEP      walk-forward, lengths in periods, each 1 to 100,000
  --anchored             anchored windows: every in-sample window starts at the first period (default rolling)
  --purge D  --embargo D          periods between in-sample and out-of-sample / after each out-of-sample window
  --cost-bps B           turnover cost in basis points, 0 to 10,000 (default 0)
  --min-contracts N  --max-contracts N   kelly-margin: contracts per trade of each strategy, 0 to 1,000,000 (default 0 and no maximum)
${NUMBER_HELP}
JSON: { method, window: { from, to, days }, assets: [ { name, weight, riskContribution, contracts, wholeContracts } ],
  expectedReturn, volatility, expectedLogGrowth, maxDrawdown, peakMarginUtilisation, walkForward: { folds, oos: { cagr, maxDrawdown, calmar } }, messages }`;

/** Loads every input: a daily series file by its header (Date first), else a trade log. */
export async function loadAllocationInputs(paths: string[], command: string): Promise<AllocationInput[]> {
  if (paths.length === 0) throw new UsageError(`${command}: missing <file>`);
  const inputs: AllocationInput[] = [];
  for (const path of paths) {
    const bytes = await readInput(path);
    const text = new TextDecoder().decode(bytes);
    const header = text.slice(0, text.search(/\r?\n|$/));
    if (isSeriesHeader(header)) {
      const parsed = parseSeriesFile(basename(path), text);
      if (!parsed.ok) throw new UsageError(parsed.message);
      inputs.push({ file: basename(path), series: parsed.series });
    } else {
      const log = await loadTradeLog(path);
      inputs.push({ file: basename(path), trades: log.trades });
    }
  }
  return inputs;
}

function parseWalkForward(text: string): { inSample: number; outOfSample: number; step: number } {
  const parts = text.split(':');
  if (parts.length !== 3) throw new UsageError(`--walk-forward: "${text}" is not IS:OOS:STEP (e.g. 250:60:60)`);
  const [inSample, outOfSample, step] = parts.map((p, i) => numberFlag(`--walk-forward ${['IS', 'OOS', 'STEP'][i]}`, p, { min: 1, max: MAX_DAYS, integer: true }));
  return { inSample, outOfSample, step };
}

/** The `--json` document of an allocation. */
export function allocateJson(report: AllocationReport) {
  const r = report.result;
  const wf = report.walkForward;
  const m = wf?.methods[0];
  return {
    method: r.method,
    window: { from: report.window.from, to: report.window.to, days: report.window.days, periods: report.window.periods, period: report.window.period },
    assets: r.assets.map((a) => ({ name: a.name, file: a.file, weight: a.weight, riskContribution: a.riskContribution, contracts: a.contracts, wholeContracts: a.wholeContracts })),
    expectedReturn: r.expectedReturn,
    volatility: r.volatility,
    expectedLogGrowth: r.expectedLogGrowth,
    maxDrawdown: r.maxDrawdown,
    peakMarginUtilisation: r.kellyMargin?.peakMarginUtilisation ?? null,
    wholePeakMarginUtilisation: r.kellyMargin?.wholePeakMarginUtilisation ?? null,
    roundingCost: r.kellyMargin?.roundingCost ?? null,
    bindingMoments: r.kellyMargin?.binding ?? null,
    covariance: report.covariance.convention,
    basis: report.basis,
    walkForward: m
      ? {
          folds: m.folds.map((f) => ({ index: f.index, inSampleFrom: f.inSampleFrom, inSampleTo: f.inSampleTo, outOfSampleFrom: f.outOfSampleFrom, outOfSampleTo: f.outOfSampleTo, return: f.return, maxDrawdown: f.maxDrawdown, calmar: f.calmar, turnover: f.turnover, cost: f.cost })),
          oos: m.oos,
          equalWeightOos: wf!.baseline.oos,
          robustness: m.robustness,
          message: wf!.message,
        }
      : null,
    messages: [...r.messages, ...report.messages.filter((x) => !r.messages.includes(x)), ...(m?.messages ?? [])],
  };
}

function allocateText(report: AllocationReport): string {
  const r = report.result;
  const rows = r.assets.map((a) => [a.name, pct(a.weight), a.riskContribution === null ? '—' : pct(a.riskContribution), a.contracts === null ? '' : num(a.contracts, 3), a.wholeContracts ?? '']);
  return [
    `${r.method}: ${report.window.from} to ${report.window.to}, ${report.window.days} business days (${report.window.periods} ${report.window.period} periods)`,
    table([['Asset', 'Weight', 'Risk share', 'Contracts', 'Whole'], ...rows]),
    `Expected return ${pct(r.expectedReturn)} / yr, volatility ${pct(r.volatility)}, log growth ${num(r.expectedLogGrowth, 6)} / period, max drawdown ${pct(r.maxDrawdown)}`,
    ...(r.kellyMargin ? [`Peak margin ${pct(r.kellyMargin.peakMarginUtilisation)} of capital; whole contracts cost ${num(r.kellyMargin.roundingCost, 6)} log growth per period`] : []),
    report.basis,
    report.covariance.convention,
    ...report.messages.map((m) => `- ${m}`),
  ].join('\n');
}

const command: Command = {
  summary: 'Split capital across strategies and assets: weights, risk, margin-feasible Kelly, walk-forward',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs('allocate', args, {
      method: { type: 'string' },
      fraction: { type: 'string' },
      min: { type: 'string' },
      max: { type: 'string' },
      ceiling: { type: 'string' },
      capital: { type: 'string' },
      cov: { type: 'string' },
      period: { type: 'string' },
      'walk-forward': { type: 'string' },
      purge: { type: 'string' },
      embargo: { type: 'string' },
      'cost-bps': { type: 'string' },
      anchored: { type: 'boolean' },
      'min-contracts': { type: 'string' },
      'max-contracts': { type: 'string' },
    });
    const method = choiceFlag('--method', values.method, ALLOCATION_METHODS, 'equal');
    const options = {
      ...DEFAULT_ALLOCATION_OPTIONS,
      method,
      fraction: values.fraction === undefined ? 1 : numberFlag('--fraction', values.fraction, { min: 0, exclusiveMin: true, max: 2 }),
      min: values.min === undefined ? 0 : numberFlag('--min', values.min, { min: -10, max: 100 }),
      max: values.max === undefined ? 1 : numberFlag('--max', values.max, { min: 0, exclusiveMin: true, max: 100 }),
      ceiling: values.ceiling === undefined ? 1 : numberFlag('--ceiling', values.ceiling, { min: 0, exclusiveMin: true, max: 100 }),
      capital: values.capital === undefined ? undefined : numberFlag('--capital', values.capital, POSITIVE),
      covariance: choiceFlag('--cov', values.cov, COVARIANCES, 'ledoit-wolf'),
      period: choiceFlag('--period', values.period, PERIODS, 'daily'),
      minContracts: values['min-contracts'] === undefined ? 0 : numberFlag('--min-contracts', values['min-contracts'], CONTRACTS),
      maxContracts: values['max-contracts'] === undefined ? Infinity : numberFlag('--max-contracts', values['max-contracts'], { ...CONTRACTS, min: 0, exclusiveMin: true }),
    };
    if (options.min > options.max) throw new UsageError(`--min ${options.min} is above --max ${options.max}`);
    if (options.minContracts > options.maxContracts) throw new UsageError(`--min-contracts ${options.minContracts} is above --max-contracts ${options.maxContracts}`);
    if ((values['min-contracts'] ?? values['max-contracts']) !== undefined && method !== 'kelly-margin') throw new UsageError('--min-contracts and --max-contracts apply to --method kelly-margin');
    const wf = values['walk-forward'] === undefined ? undefined : {
      mode: values.anchored ? ('anchored' as const) : ('rolling' as const),
      ...parseWalkForward(values['walk-forward']),
      purge: values.purge === undefined ? 0 : numberFlag('--purge', values.purge, DAYS),
      embargo: values.embargo === undefined ? 0 : numberFlag('--embargo', values.embargo, DAYS),
      costBps: values['cost-bps'] === undefined ? 0 : numberFlag('--cost-bps', values['cost-bps'], { min: 0, max: 10_000 }),
    };
    if (wf === undefined && ((values.purge ?? values.embargo ?? values['cost-bps']) !== undefined || values.anchored)) throw new UsageError('--purge, --embargo, --cost-bps and --anchored apply to --walk-forward');
    const inputs = await loadAllocationInputs(positionals, 'allocate');
    const outcome = workspaceAllocation(inputs, { options, walkForward: wf });
    if (!outcome.ok) throw new UsageError(`allocate: ${outcome.message}`);
    return { json: allocateJson(outcome), text: allocateText(outcome) };
  },
};

export default command;
