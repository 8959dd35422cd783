/**
 * `sizewise montecarlo` — bootstrap Monte Carlo of a trade log (SPEC §5): percent, dollar
 * or daily mode under any replay sizing rule (`--rule`), i.i.d. or stationary block
 * resampling, seeded; in this process or on a pool of worker threads (`--workers K`, same
 * numbers for any K).
 */
import { ruinInWords } from '../../core/report/conventions';
import { buildMonteCarloConfig, MAX_CHECKPOINTS, MAX_PATHS, runMonteCarlo, type MonteCarloConfig, type MonteCarloMode, type MonteCarloOptions, type MonteCarloSummary, type ResampleMethod } from '../../core/montecarlo';
import { createNodeComputePool } from '../../workers/pool-node';
import { type Command, type CommandOutput, UsageError } from '../command';
import { loadTradeLog, type TradeLogMapping } from '../load-input';
import { money, num, pct, table } from '../output';
import { RULE_SPEC_HELP } from '../../core/replay';
import { choiceFlag, FRACTION, GENERIC_CSV_OPTIONS, mappingOptions, MAX_SEED, NUMBER_HELP, numberFlag, parseCommandArgs, POSITIVE, SEED, singleInput } from '../args';
import { ruleFlag } from '../rule-flag';
import { RECOMMENDED, RECOMMENDED_HELP, recommendedRule } from '../recommended-rule';
import type { Recommendation } from '../../core/app';
import { config as zodConfig } from 'zod';

// One short-lived run validates its options once: zod's interpreted path costs less than
// compiling a fast-path validator (new Function) that would be used a single time. Same checks.
zodConfig({ jitless: true });

/** Steps per path (--horizon): 100,000 is 400 years of trading days (the time a run takes grows with it). */
const MAX_HORIZON = 100_000;
/** Block length and --recent, in trades (days): beyond any log the import takes. */
const MAX_STEPS = 1_000_000;
/** --years: a century. */
const MAX_YEARS = 100;
const MAX_WORKERS = 64;

const usage = `usage: sizewise montecarlo <tradelog.csv> [options] [--json]
  --sims N            paths, 1–${MAX_PATHS.toLocaleString('en-US')} (default 10000)
  --seed S            whole-number seed 0–${MAX_SEED.toLocaleString('en-US')} (default 1); path i uses stream (S, i)
  --mode M            percent (default: return on equity before each trade, compounding),
                      dollar (P/L per contract × contracts of --rule), daily (daily returns)
  --rule SPEC         the sizing simulated, in every mode: ${RULE_SPEC_HELP}.
                      percent: per-trade returns of the rule replayed on the log; daily: daily returns of
                      that replay; dollar: P/L per contract × the rule's contracts along each path.
                      Or ${RECOMMENDED_HELP}, at --capital: the Risk page's default sizing.
                      Default: log (as recorded) in percent and daily modes, fixed:1 in dollar mode
  --resample R        block (default, stationary bootstrap) or iid
  --block L           mean block length, 1–${MAX_STEPS.toLocaleString('en-US')} (default round(n^(1/3)))
  --horizon N         steps per path (trades, or days in daily mode), 1–${MAX_HORIZON.toLocaleString('en-US')}; default the sample size
  --years Y           horizon in years (× trades per year of the sample), > 0 and ≤ ${MAX_YEARS}, instead of --horizon
  --recent N          draw only from the last N trades (days), 2–${MAX_STEPS.toLocaleString('en-US')}
  --worst-case S      share of steps replaced by the worst realized outcome, 0–1 (0.01 = 1%)
  --ruin X            ruin = equity at or below X × starting capital, 0–0.999999 (default 0.5:
                      falls to 50% of start (a 50% loss); 0.3 = falls to 30% of start, a 70% loss,
                      not "a 30% loss" as some tools read it)
  --capital N         starting capital, > 0 and ≤ 1e15 (default: Funds at Close − P/L of the first trade to close, else 100,000)
  --checkpoints C     fan-chart checkpoints (1–${MAX_CHECKPOINTS}, default min(horizon, 250))
  --workers K         worker threads, 0–${MAX_WORKERS} (default 0: this process)
  --map, --date-format   column mapping and date format of a generic CSV
  --json              { finalValue: {p5,p25,p50,p75,p95,mean}, maxDrawdown: {p5,p50,p95,mean}, probProfit,
                        probRuin, probDrawdownAtLeast: {"0.1","0.2","0.3","0.5"}, medianCagr, nullReasons, elapsedMs, pathsPerSecond }
                      (with --rule recommended also recommendation: { contracts, statement })
${NUMBER_HELP}`;

export interface MonteCarloArgs extends TradeLogMapping {
  tradeLog: string;
  options: MonteCarloOptions;
  /** --rule recommended: options.sizing is set from the log once it is loaded. */
  recommended: boolean;
  workers: number;
}

export function parseMonteCarloArgs(args: string[]): MonteCarloArgs {
  const { values: v, positionals } = parseCommandArgs('montecarlo', args, {
    sims: { type: 'string' },
    seed: { type: 'string' },
    mode: { type: 'string' },
    rule: { type: 'string' },
    resample: { type: 'string' },
    block: { type: 'string' },
    horizon: { type: 'string' },
    years: { type: 'string' },
    recent: { type: 'string' },
    'worst-case': { type: 'string' },
    ruin: { type: 'string' },
    capital: { type: 'string' },
    checkpoints: { type: 'string' },
    workers: { type: 'string' },
    ...GENERIC_CSV_OPTIONS,
  });
  const tradeLog = singleInput('montecarlo', positionals);
  if (v.horizon !== undefined && v.years !== undefined) throw new UsageError('montecarlo: give --horizon or --years, not both');
  const options: MonteCarloOptions = {
    mode: choiceFlag<MonteCarloMode>('--mode', v.mode, ['percent', 'dollar', 'daily'], 'percent'),
    resample: choiceFlag<ResampleMethod>('--resample', v.resample, ['block', 'iid'], 'block'),
    paths: v.sims === undefined ? 10000 : numberFlag('--sims', v.sims, { min: 1, max: MAX_PATHS, integer: true }),
    seed: v.seed === undefined ? 1 : numberFlag('--seed', v.seed, SEED),
  };
  // --rule recommended is resolved against the log once it is loaded (run).
  const recommended = v.rule !== undefined && v.rule.trim().toLowerCase() === RECOMMENDED;
  if (v.rule !== undefined && !recommended) options.sizing = ruleFlag(v.rule);
  if (v.block !== undefined) options.meanBlockLength = numberFlag('--block', v.block, { min: 1, max: MAX_STEPS });
  if (v.horizon !== undefined) options.horizon = { steps: numberFlag('--horizon', v.horizon, { min: 1, max: MAX_HORIZON, integer: true }) };
  if (v.years !== undefined) options.horizon = { years: numberFlag('--years', v.years, { min: 0, exclusiveMin: true, max: MAX_YEARS }) };
  if (v.recent !== undefined) options.recent = numberFlag('--recent', v.recent, { min: 2, max: MAX_STEPS, integer: true });
  if (v['worst-case'] !== undefined) options.worstCaseShare = numberFlag('--worst-case', v['worst-case'], FRACTION);
  if (v.ruin !== undefined) options.ruinLevel = numberFlag('--ruin', v.ruin, { min: 0, max: 0.999999 });
  if (v.capital !== undefined) options.startingCapital = numberFlag('--capital', v.capital, POSITIVE);
  if (v.checkpoints !== undefined) options.checkpoints = numberFlag('--checkpoints', v.checkpoints, { min: 1, max: MAX_CHECKPOINTS, integer: true });
  return {
    tradeLog,
    options,
    recommended,
    workers: v.workers === undefined ? 0 : numberFlag('--workers', v.workers, { min: 0, max: MAX_WORKERS, integer: true }),
    ...mappingOptions(v),
  };
}

function json(s: MonteCarloSummary, elapsedMs: number) {
  const { p5, p25, p50, p75, p95, mean } = s.finalValue;
  return {
    finalValue: { p5, p25, p50, p75, p95, mean },
    maxDrawdown: s.maxDrawdown,
    probProfit: s.probProfit,
    probRuin: s.probRuin,
    probDrawdownAtLeast: s.probDrawdownAtLeast,
    medianCagr: s.medianCagr,
    nullReasons: s.nullReasons,
    elapsedMs,
    pathsPerSecond: elapsedMs > 0 ? s.paths / (elapsedMs / 1000) : 0,
  };
}

function text(s: MonteCarloSummary, options: MonteCarloOptions, config: MonteCarloConfig, warnings: string[], elapsedMs: number, workers: number): string {
  const ruinLevel = config.ruinLevel;
  const f = s.finalValue;
  const d = s.maxDrawdown;
  const dd = s.probDrawdownAtLeast;
  return [
    `Monte Carlo: ${s.paths.toLocaleString('en-US')} paths × ${s.horizon} steps, ${options.mode} mode, ${options.resample} bootstrap, seed ${options.seed}, start ${money(s.startingCapital)}`,
    `Sizing ${config.rule}: ${config.sizingConvention}`,
    table([
      ['', 'P5', 'P25', 'P50', 'P75', 'P95', 'mean'],
      ['final equity', money(f.p5), money(f.p25), money(f.p50), money(f.p75), money(f.p95), money(f.mean)],
    ]),
    table([
      ['', 'P5', 'P50', 'P95', 'mean'],
      ['max drawdown', pct(d.p5), pct(d.p50), pct(d.p95), pct(d.mean)],
    ]),
    `P(profit) ${pct(s.probProfit)}   P(ruin: equity ${ruinInWords(ruinLevel)}) ${pct(s.probRuin)}   median CAGR ${pct(s.medianCagr)}${s.nullReasons.medianCagr ? ` (${s.nullReasons.medianCagr})` : ''}`,
    `P(max drawdown ≥ 10% / 20% / 30% / 50%) ${pct(dd['0.1'])} / ${pct(dd['0.2'])} / ${pct(dd['0.3'])} / ${pct(dd['0.5'])}`,
    `${num(elapsedMs, 0)} ms on ${workers === 0 ? 'this thread' : `${workers} worker thread${workers === 1 ? '' : 's'}`}`,
    ...warnings.map((w) => `warning: ${w}`),
  ].join('\n');
}

const command: Command = {
  summary: 'bootstrap Monte Carlo of a trade log (fan, drawdown and ruin probabilities)',
  usage,
  async run(args: string[]): Promise<CommandOutput> {
    const parsed = parseMonteCarloArgs(args);
    const log = await loadTradeLog(parsed.tradeLog, parsed);
    const recommendation: Recommendation | null = parsed.recommended ? recommendedRule('montecarlo', log.trades, parsed.options.startingCapital ?? null) : null;
    if (recommendation) parsed.options.sizing = recommendation.rule;
    const built = buildMonteCarloConfig(log.trades, parsed.options);
    if (!built.ok) throw new UsageError(`montecarlo: ${built.message}`);
    const { config } = built;
    let summary: MonteCarloSummary;
    const started = performance.now();
    if (parsed.workers === 0) {
      summary = runMonteCarlo(config);
    } else {
      const pool = createNodeComputePool(parsed.workers);
      try {
        const run = await pool.runMonteCarlo(config);
        if (!run.ok) throw new Error(`montecarlo: ${run.message}`);
        summary = run.value.summary;
      } finally {
        pool.dispose();
      }
    }
    const elapsedMs = performance.now() - started;
    const recommended = recommendation ? { recommendation: { contracts: recommendation.rule.contracts, statement: recommendation.statement } } : {};
    const textOut = text(summary, parsed.options, config, [...log.warnings, ...built.warnings], elapsedMs, parsed.workers);
    return { json: { ...json(summary, elapsedMs), ...recommended }, text: recommendation ? `${textOut}\nRecommended: ${recommendation.statement}.` : textOut };
  },
};

export default command;
