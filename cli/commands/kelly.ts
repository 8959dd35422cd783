/**
 * `sizewise kelly <tradelog.csv>` — Kelly sizing per strategy and for the portfolio
 * (SPEC-metrics §1/§3): Kelly on raw P/L, per contract and on margin (decided win rate),
 * the growth-optimal fraction, Vince's optimal f on per-contract P/L, the applied fraction
 * (of the growth-optimal fraction by default; --kelly-of classic for p − q/b) and Thorp's c,
 * Kelly's contracts and the placeable ones (margin ceiling at the busiest moment, worst-loss
 * and total-fraction caps, each named when it binds), margin need, and warnings in words.
 */
import { type KellyBasis, type KellyOf, MAX_MULTIPLIER, type RiskBasis, type SizingEntry, type SizingReport, analyzeSizing, validateSizingOptions, type SizingOptions } from '../../core/sizing';
import { computeStats } from '../../core/stats';
import { type Command, UsageError } from '../command';
import { loadTradeLog } from '../load-input';
import { nullNotes } from '../../core/report/null-notes';
import { money, num, pct, table } from '../output';
import { kellyTargets, parseTargetFlags, TARGET_OPTIONS, TARGET_USAGE, targetsText, withTargets } from './kelly-targets';
import { choiceFlag, FRACTION, GENERIC_CSV_OPTIONS, NUMBER_HELP, mappingOptions, numberFlag, parseCommandArgs, POSITIVE, singleInput } from '../args';

const MAX_MARGIN_CEILING = 100;

const usage = `usage: sizewise kelly <tradelog.csv> [options] [--json]
  --basis pl|contract|margin   Kelly basis (default: raw P/L, or per contract when contract counts vary > 2×)
  --risk-basis avg-loss|max-loss|margin   risk unit per contract for contracts (default avg-loss; margin on the margin basis)
  --fraction F                 Kelly fraction 0–2: 1 full, 0.5 half (default), 0.25 quarter
  --cap C                      max fraction of capital per strategy, 0–1 (default 0.25)
  --capital N                  capital to size for, > 0 and ≤ 1e15 (default: the detected starting capital)
  --multiplier NAME=M          per-strategy multiplier 0–2 (repeatable)
  --kelly-of growth-optimal|classic   what --fraction multiplies (default growth-optimal f*; classic = p − q/b of the basis)
  --ceiling C|none             margin the placeable contracts need at the busiest moment ≤ C × capital (default 1.0; none lifts it)
  --margin-ceiling C           the same as --ceiling (kept for scripts)
  --margin-multiplier M        broker margin multiplier on the recorded margin (default 1)
  --loss-share S|none          one repeat of the worst loss per contract ≤ S × capital (default 0.2)
  --total-fraction T|none      strategies' applied fractions sum ≤ T (default 1.0)
${TARGET_USAGE}
  --map field=Column,…  --date-format F   for a generic CSV
${NUMBER_HELP}
JSON: { capital, fraction, cap, kellyOf, limits, portfolio: {…, totalMargin}, strategies: [ { name, trades,
  winRate, payoff, kelly, kellyPerContract, kellyMargin, growthOptimal, optimalF, optimalFTwr, fraction,
  thorpC, kellyContracts, placeableContracts, bindingConstraint, peakMarginNeed, recommendedContracts,
  marginUsed, warnings[], …, drawdownTarget {target, confidence, horizon, fraction, contracts, probability,
  ofKelly} | null, kellyBand {p5, p25, p50, p75, p95, draws}, tailAware {maxLossPerContract, probability,
  growthOptimal} | null } ], targetsMode } — fractions are decimals; peakMarginNeed in dollars (time-aware).`;

const BASES: KellyBasis[] = ['pl', 'contract', 'margin'];
const KELLY_OF: KellyOf[] = ['growth-optimal', 'classic'];

/** A number flag that also takes `none` (null: the cap lifted); undefined when absent (the default). */
function orNone(flag: string, value: string | undefined, range: Parameters<typeof numberFlag>[2]): number | null | undefined {
  if (value === undefined) return undefined;
  if (value.trim().toLowerCase() === 'none') return null;
  return numberFlag(flag, value, range);
}
const RISK_BASES: RiskBasis[] = ['avg-loss', 'max-loss', 'margin'];

function parseMultipliers(specs: string[] | undefined): Record<string, number> {
  const multipliers: Record<string, number> = {};
  for (const spec of specs ?? []) {
    const eq = spec.lastIndexOf('=');
    if (eq < 1) throw new UsageError(`--multiplier: "${spec}" is not NAME=M`);
    multipliers[spec.slice(0, eq)] = numberFlag('--multiplier', spec.slice(eq + 1), { min: 0, max: MAX_MULTIPLIER });
  }
  return multipliers;
}

function entryJson(e: SizingEntry) {
  return {
    name: e.name,
    trades: e.trades,
    winRate: e.winRate,
    decidedWinRate: e.decidedWinRate,
    payoff: e.payoff,
    kelly: e.kelly,
    kellyPerContract: e.kellyPerContract,
    kellyMargin: e.kellyMargin,
    basis: e.basis,
    basisReason: e.basisReason,
    chosenKelly: e.chosenKelly,
    growthOptimal: e.growthOptimal,
    optimalF: e.optimalF?.f ?? null,
    optimalFTwr: e.optimalF?.twr ?? null,
    optimalFGeometricMean: e.optimalF?.geometricMean ?? null,
    optimalFDollar: e.optimalF?.fDollar ?? null,
    multiplier: e.multiplier,
    fraction: e.applied.value,
    uncappedFraction: e.applied.uncapped,
    cappedBy: e.applied.cappedBy,
    riskBasis: e.riskBasis,
    riskPerContract: e.riskPerContract,
    kellyOf: e.kellyOf,
    thorpC: e.ofGrowthOptimal,
    kellyContracts: e.kellyContracts,
    placeableContracts: e.placeableContracts,
    bindingConstraint: e.bindingConstraint,
    peakMarginNeed: e.peakMarginNeed,
    worstLossPerContract: e.worstLossPerContract,
    recommendedContracts: e.recommendedContracts,
    dollarsAtRisk: e.dollarsAtRisk,
    marginPerContract: e.marginPerContract,
    marginUsed: e.marginUsed,
    historicalMarginMax: e.historicalMargin?.max ?? null,
    historicalMarginAverage: e.historicalMargin?.average ?? null,
    thorpHalving: e.ruin?.thorpHalving ?? null,
    lundbergHalving: e.ruin?.lundbergHalving ?? null,
    nullReasons: e.nullReasons,
    warnings: e.warnings,
  };
}

/** The `--json` document of a kelly run. */
export function kellyJson(report: SizingReport) {
  return {
    capital: report.capital,
    fraction: report.fraction,
    cap: report.cap,
    kellyOf: report.kellyOf,
    limits: { marginCeiling: report.limits.marginCeiling, marginMultiplier: report.limits.marginMultiplier, lossShare: report.limits.lossShare, totalFraction: report.limits.totalFraction },
    marginLevel: report.marginLevel,
    portfolio: {
      ...entryJson(report.portfolio),
      totalMargin: report.portfolio.totalMargin,
      totalMarginUtilisation: report.portfolio.totalMarginUtilisation,
      peakMarginAt: report.portfolio.peakMarginAt,
    },
    strategies: report.strategies.map(entryJson),
  };
}

function kellyText(report: SizingReport, importWarnings: string[]): string {
  const rows = [report.portfolio, ...report.strategies].map((e) => [
    e.name, e.trades, pct(e.winRate), num(e.payoff, 3), pct(e.kelly), pct(e.kellyPerContract), pct(e.kellyMargin), pct(e.growthOptimal),
    num(e.optimalF?.f ?? null, 4), `${pct(e.applied.value)}${e.applied.cappedBy ? ' (cap)' : ''}`, num(e.ofGrowthOptimal, 2), e.kellyContracts ?? '—', e.placeableContracts ?? '—', money(e.peakMarginNeed),
  ]);
  const entries = [report.portfolio, ...report.strategies];
  const limited = entries.filter((e) => e.bindingConstraint !== null).map((e) => `${e.name}: Kelly says ${e.kellyContracts ?? '—'}, placeable ${e.placeableContracts ?? '—'}. ${e.bindingConstraint}`);
  const of = report.kellyOf === 'classic' ? 'the classic p − q/b of the basis' : 'the growth-optimal fraction f*';
  const warnings = [report.portfolio, ...report.strategies].flatMap((e) => e.warnings.map((w) => `  - ${e.name}: ${w}`));
  return [
    `Capital ${money(report.capital)}, ${pct(report.fraction, 0)} of ${of}, cap ${pct(report.cap, 0)} per strategy; margin at the busiest moment ${money(report.portfolio.totalMargin)}${report.portfolio.peakMarginAt ? ` (${report.portfolio.peakMarginAt.date}${report.portfolio.peakMarginAt.time ? ` ${report.portfolio.peakMarginAt.time}` : ''})` : ''}`,
    `Placeable caps: margin ceiling ${report.limits.marginCeiling === null ? 'none' : `${pct(report.limits.marginCeiling, 0)} of capital`}${report.limits.marginMultiplier === 1 ? '' : ` (margin × ${report.limits.marginMultiplier})`}; worst loss ≤ ${report.limits.lossShare === null ? 'none' : `${pct(report.limits.lossShare, 0)} of capital`}; applied fractions ≤ ${report.limits.totalFraction === null ? 'none' : pct(report.limits.totalFraction, 0)} in total${report.marginLevel === 'day' ? '; this log has no trade times, so the busiest moment is taken by day' : ''}.`,
    "Thorp's c = applied fraction ÷ growth-optimal fraction (c 0.5 = half of f*; above 1 more risk for less growth).",
    '',
    table([['Strategy', 'Trades', 'Win rate', 'Payoff', 'Kelly', 'Kelly/ct', 'Kelly mgn', 'Growth-opt', 'Opt f', 'Fraction', 'Thorp c', 'Kelly ct', 'Placeable', 'Margin need'], ...rows]),
    ...limited,
    ...[report.portfolio, ...report.strategies].map((e) => `${e.name}: ${e.basisReason}`),
    ...[report.portfolio, ...report.strategies].flatMap((e) => nullNotes(e.nullReasons, { winRate: 'Win rate', payoff: 'Payoff', kelly: 'Kelly', kellyPerContract: 'Kelly/ct', kellyMargin: 'Kelly mgn' }, e.name)),
    ...(warnings.length + importWarnings.length > 0 ? ['', 'Warnings:', ...importWarnings.map((w) => `  - ${w}`), ...warnings] : []),
  ].join('\n');
}

const command: Command = {
  summary: 'Kelly sizing per strategy and portfolio: fractions, contracts, margin, warnings',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs('kelly', args, {
      basis: { type: 'string' },
      'risk-basis': { type: 'string' },
      fraction: { type: 'string' },
      cap: { type: 'string' },
      capital: { type: 'string' },
      multiplier: { type: 'string', multiple: true },
      'margin-ceiling': { type: 'string' },
      ceiling: { type: 'string' },
      'margin-multiplier': { type: 'string' },
      'loss-share': { type: 'string' },
      'total-fraction': { type: 'string' },
      'kelly-of': { type: 'string' },
      ...GENERIC_CSV_OPTIONS,
      ...TARGET_OPTIONS,
    });
    const targetFlags = parseTargetFlags(values);
    const tradeLog = singleInput('kelly', positionals);
    const basis = choiceFlag('--basis', values.basis, BASES);
    const riskBasis = choiceFlag('--risk-basis', values['risk-basis'], RISK_BASES);
    const log = await loadTradeLog(tradeLog, mappingOptions(values));
    const stats = computeStats(log.trades).portfolio;
    const options: SizingOptions = {
      capital: values.capital === undefined ? stats.startingCapital : numberFlag('--capital', values.capital, POSITIVE),
      fraction: values.fraction === undefined ? 0.5 : numberFlag('--fraction', values.fraction, { min: 0, max: MAX_MULTIPLIER }),
      cap: values.cap === undefined ? undefined : numberFlag('--cap', values.cap, FRACTION),
      multipliers: parseMultipliers(values.multiplier),
      basis,
      riskBasis,
      kellyOf: choiceFlag('--kelly-of', values['kelly-of'], KELLY_OF),
      marginCeiling: orNone('--ceiling', values.ceiling ?? values['margin-ceiling'], { min: 0, exclusiveMin: true, max: MAX_MARGIN_CEILING }),
      marginMultiplier: values['margin-multiplier'] === undefined ? undefined : numberFlag('--margin-multiplier', values['margin-multiplier'], { min: 0, exclusiveMin: true, max: MAX_MARGIN_CEILING }),
      lossShare: orNone('--loss-share', values['loss-share'], { min: 0, exclusiveMin: true, max: 1 }),
      totalFraction: orNone('--total-fraction', values['total-fraction'], { min: 0, exclusiveMin: true, max: MAX_MARGIN_CEILING }),
      history: { curve: stats.curve, startingCapital: stats.startingCapital },
    };
    const errors = validateSizingOptions(options);
    if (errors.length > 0) throw new UsageError(`kelly: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    const unknown = Object.keys(options.multipliers ?? {}).filter((name) => !log.trades.some((t) => t.strategy === name));
    if (unknown.length > 0) throw new UsageError(`--multiplier: no strategy named ${unknown.map((n) => `"${n}"`).join(', ')} in the log`);
    const report = analyzeSizing(log.trades, options);
    const targets = await kellyTargets(log.trades, report, targetFlags);
    return { json: withTargets(kellyJson(report), targets), text: kellyText(report, log.warnings) + targetsText(targets) };
  },
};

export default command;
