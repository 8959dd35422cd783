/**
 * `sizewise kelly <tradelog.csv>` — Kelly sizing per strategy and for the portfolio
 * (SPEC-metrics §1/§3): Kelly on raw P/L, per contract and on margin (decided win rate),
 * the growth-optimal fraction, Vince's optimal f on per-contract P/L, the applied fraction,
 * recommended contracts and margin at the given capital, and warnings in words.
 */
import { type KellyBasis, MAX_MULTIPLIER, type RiskBasis, type SizingEntry, type SizingReport, analyzeSizing, validateSizingOptions, type SizingOptions } from '../../core/sizing';
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
  --margin-ceiling C           warn when sized margin exceeds C × capital (> 0, ≤ ${MAX_MARGIN_CEILING})
${TARGET_USAGE}
  --map field=Column,…  --date-format F   for a generic CSV
${NUMBER_HELP}
JSON: { capital, fraction, cap, portfolio: {…, totalMargin}, strategies: [ { name, trades, winRate,
  payoff, kelly, kellyPerContract, kellyMargin, growthOptimal, optimalF, optimalFTwr, fraction,
  recommendedContracts, marginUsed, warnings[], …, drawdownTarget {target, confidence, horizon, fraction,
  contracts, probability, ofKelly} | null, kellyBand {p5, p25, p50, p75, p95, draws}, tailAware
  {maxLossPerContract, probability, growthOptimal} | null } ], targetsMode } — fractions are decimals.`;

const BASES: KellyBasis[] = ['pl', 'contract', 'margin'];
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
    portfolio: { ...entryJson(report.portfolio), totalMargin: report.portfolio.totalMargin, totalMarginUtilisation: report.portfolio.totalMarginUtilisation },
    strategies: report.strategies.map(entryJson),
  };
}

function kellyText(report: SizingReport, importWarnings: string[]): string {
  const rows = [report.portfolio, ...report.strategies].map((e) => [
    e.name, e.trades, pct(e.winRate), num(e.payoff, 3), pct(e.kelly), pct(e.kellyPerContract), pct(e.kellyMargin), pct(e.growthOptimal),
    num(e.optimalF?.f ?? null, 4), `${pct(e.applied.value)}${e.applied.cappedBy ? ' (cap)' : ''}`, e.recommendedContracts ?? '—', money(e.marginUsed),
  ]);
  const warnings = [report.portfolio, ...report.strategies].flatMap((e) => e.warnings.map((w) => `  - ${e.name}: ${w}`));
  return [
    `Capital ${money(report.capital)}, ${pct(report.fraction, 0)} Kelly, cap ${pct(report.cap, 0)} per strategy; total margin ${money(report.portfolio.totalMargin)}`,
    '',
    table([['Strategy', 'Trades', 'Win rate', 'Payoff', 'Kelly', 'Kelly/ct', 'Kelly mgn', 'Growth-opt', 'Opt f', 'Fraction', 'Contracts', 'Margin'], ...rows]),
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
      marginCeiling: values['margin-ceiling'] === undefined ? undefined : numberFlag('--margin-ceiling', values['margin-ceiling'], { min: 0, exclusiveMin: true, max: MAX_MARGIN_CEILING }),
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
