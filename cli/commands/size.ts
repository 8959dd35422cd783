/**
 * `sizewise size` — the position calculator (trade ticket) from the command line: equity,
 * an instrument and ONE probability source → quantity, with each constraint explained.
 */
import { ASSET_CLASSES, computePosition, DEFAULT_RULES, historyOutcomes, type CalculatorInput, type PositionResult, type ProbabilitySource, type RuleOverrides } from '../../core/calculator';
import { MAX_AMOUNT, NUMBER_HELP, type NumberBounds, numberFlag, choiceFlag, parseCommandArgs } from '../args';
import { type Command, UsageError } from '../command';
import { loadTradeLog } from '../load-input';
import { money, pct } from '../output';

/**
 * The CLI's bound of every number of this command: |x| ≤ 1e15 (each field's own range — a
 * probability 0–1, a positive price — is checked by core/calculator, whose message names it).
 */
const ANY_NUMBER: NumberBounds = { min: -MAX_AMOUNT, max: MAX_AMOUNT };
const MAX_DAYS = 36_525;
const MAX_CONTRACT_LIMIT = 1_000_000;

const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;
const RULE_DEFAULTS = `defaults ${percent(DEFAULT_RULES.maxPositionFraction)} per position, ${percent(DEFAULT_RULES.maxCapitalAtRisk)} at risk, ${DEFAULT_RULES.assets.option.maxContracts} contracts (futures, options)`;

const usage = `usage: sizewise size --equity N --price P <one source> [options] [--json]
sources (exactly one):
  --p 0.6 --b 2                       win probability and win/loss ratio
  --mu 0.02 --sigma 0.015 [--rate r]  forecast return and volatility per period (continuous Kelly)
  --binary-price c --p p [--no]       binary contract at price c, model P(YES) = p; --no buys NO at c
  --models long:0.8,short:0.7 --b 2 [--weights 0.4,0.6] [--threshold 0.6]   two model outputs
  --trades FILE --strategy NAME --days N   per-contract win/loss of that strategy's last N days
instrument and portfolio:
  --asset-class stock|etf|future|option|crypto|binary (default stock)   --side long|short (default long)
  --symbol S  --multiplier M  --margin M (per contract)  --lot-step S (crypto)
  --loss-per-unit D   dollars one unit loses on a loss (stop distance × multiplier)
  --symbol-exposure $  --portfolio-exposure $  --at-risk $  --correlated $   current gross dollars
  --intraday          size for an intraday hold (default overnight)
  --kelly-fraction F  share of full Kelly, 0–2 (default ${DEFAULT_RULES.kellyFraction})
risk rules (${RULE_DEFAULTS}):
  --max-position F        max capital in one position ÷ equity, 0–1 (default ${DEFAULT_RULES.maxPositionFraction} = ${percent(DEFAULT_RULES.maxPositionFraction)})
  --max-at-risk F         max capital at risk across the portfolio ÷ equity, 0–1 (default ${DEFAULT_RULES.maxCapitalAtRisk} = ${percent(DEFAULT_RULES.maxCapitalAtRisk)})
  --max-contracts N       max contracts (shares) per position of the --asset-class, 0–${MAX_CONTRACT_LIMIT.toLocaleString('en-US')}
                          (default ${DEFAULT_RULES.assets.future.maxContracts} for futures and options, no limit otherwise)
  --max-symbol-exposure F max exposure of the symbol ÷ equity (default ${DEFAULT_RULES.maxSymbolExposure} = ${percent(DEFAULT_RULES.maxSymbolExposure)})
  --max-correlated F      max exposure in correlated positions ÷ equity (default ${DEFAULT_RULES.maxCorrelatedExposure} = ${percent(DEFAULT_RULES.maxCorrelatedExposure)})
Every number is within ±1e15 (amounts in dollars; --days 1–${MAX_DAYS.toLocaleString('en-US')}); probabilities 0–1.
JSON: { rawKelly, appliedFraction, quantity, exposureBefore, exposureAfter, adjustments[{ rule, from, to, reason }], … }
${NUMBER_HELP}`;

type Values = Record<string, string | boolean | undefined>;

const SIDES: CalculatorInput['instrument']['side'][] = ['long', 'short'];

function parseModels(text: string): [{ direction: 'long' | 'short'; confidence: number }, { direction: 'long' | 'short'; confidence: number }] {
  const parts = text.split(',').map((part) => part.trim().split(':'));
  if (parts.length !== 2 || parts.some((p) => p.length !== 2 || (p[0] !== 'long' && p[0] !== 'short'))) {
    throw new UsageError(`--models: "${text}" is not two outputs like long:0.8,short:0.7`);
  }
  const [a, b] = parts.map(([direction, confidence]) => ({ direction: direction as 'long' | 'short', confidence: numberFlag('--models', confidence, ANY_NUMBER) }));
  return [a, b];
}

function parsePair(flag: string, text: string): [number, number] {
  const parts = text.split(',');
  if (parts.length !== 2) throw new UsageError(`${flag}: "${text}" is not two numbers like 0.4,0.6`);
  return [numberFlag(flag, parts[0], ANY_NUMBER), numberFlag(flag, parts[1], ANY_NUMBER)];
}

async function probabilitySource(v: Values): Promise<ProbabilitySource> {
  const str = (name: string) => v[name] as string | undefined;
  const chosen = [
    str('models') !== undefined && 'models',
    str('binary-price') !== undefined && 'binary',
    (str('mu') !== undefined || str('sigma') !== undefined) && 'forecast',
    str('trades') !== undefined && 'history',
  ].filter(Boolean);
  if (chosen.length === 0 && str('p') !== undefined) chosen.push('odds');
  if (chosen.length !== 1) {
    throw new UsageError(chosen.length === 0 ? 'size: give a probability source (--p/--b, --mu/--sigma, --binary-price/--p, --models or --trades)' : `size: give only one probability source (got ${chosen.join(', ')})`);
  }
  const need = (name: string) => {
    const text = str(name);
    if (text === undefined) throw new UsageError(`size: --${name} is required with this source`);
    return numberFlag(`--${name}`, text, ANY_NUMBER);
  };
  switch (chosen[0]) {
    case 'odds':
      return { kind: 'odds', p: need('p'), b: need('b') };
    case 'binary':
      return { kind: 'binary', p: need('p'), side: v.no ? 'no' : 'yes' };
    case 'forecast':
      return { kind: 'forecast', mu: need('mu'), sigma: need('sigma'), riskFree: str('rate') === undefined ? undefined : need('rate') };
    case 'models':
      return {
        kind: 'models',
        models: parseModels(str('models') as string),
        weights: str('weights') === undefined ? undefined : parsePair('--weights', str('weights') as string),
        threshold: str('threshold') === undefined ? undefined : need('threshold'),
        b: need('b'),
      };
    default: {
      const strategy = str('strategy');
      if (strategy === undefined) throw new UsageError('size: --strategy is required with --trades');
      const days = numberFlag('--days', str('days') ?? '', { min: 1, max: MAX_DAYS, integer: true });
      const log = await loadTradeLog(str('trades') as string);
      if (!log.trades.some((t) => t.strategy === strategy)) {
        const names = [...new Set(log.trades.map((t) => t.strategy))].join(', ');
        throw new UsageError(`size: no strategy "${strategy}" in ${str('trades')} (strategies: ${names})`);
      }
      return { kind: 'history', outcomes: historyOutcomes(log.trades, strategy, days) };
    }
  }
}

/** The risk rules given on the command line (the rest keep DEFAULT_RULES); undefined when none is. */
function ruleOverrides(optional: (name: string, bounds?: NumberBounds) => number | undefined, assetClass: (typeof ASSET_CLASSES)[number]): RuleOverrides | undefined {
  const rules: RuleOverrides = {};
  const set = <K extends keyof Omit<RuleOverrides, 'assets'>>(key: K, value: number | undefined) => {
    if (value !== undefined) rules[key] = value;
  };
  set('kellyFraction', optional('kelly-fraction'));
  set('maxPositionFraction', optional('max-position'));
  set('maxCapitalAtRisk', optional('max-at-risk'));
  set('maxSymbolExposure', optional('max-symbol-exposure'));
  set('maxCorrelatedExposure', optional('max-correlated'));
  const maxContracts = optional('max-contracts', { min: 0, max: MAX_CONTRACT_LIMIT, integer: true });
  if (maxContracts !== undefined) rules.assets = { [assetClass]: { maxContracts } };
  return Object.keys(rules).length === 0 ? undefined : rules;
}

/** Builds the calculator input from the command line (without --json). */
export async function parseSizeArgs(args: string[]): Promise<CalculatorInput> {
  const strings = ['equity', 'price', 'p', 'b', 'mu', 'sigma', 'rate', 'binary-price', 'models', 'weights', 'threshold', 'trades', 'strategy', 'days',
    'asset-class', 'side', 'symbol', 'multiplier', 'margin', 'lot-step', 'loss-per-unit', 'symbol-exposure', 'portfolio-exposure', 'at-risk', 'correlated', 'kelly-fraction',
    'max-position', 'max-at-risk', 'max-contracts', 'max-symbol-exposure', 'max-correlated'];
  const options = Object.fromEntries([...strings.map((s) => [s, { type: 'string' as const }]), ['no', { type: 'boolean' as const }], ['intraday', { type: 'boolean' as const }]]);
  const values = parseCommandArgs('size', args, options, { positionals: false }).values as Values;
  const str = (name: string) => values[name] as string | undefined;
  const optional = (name: string, bounds: NumberBounds = ANY_NUMBER) => (str(name) === undefined ? undefined : numberFlag(`--${name}`, str(name) as string, bounds));
  if (str('equity') === undefined) throw new UsageError('size: --equity is required');
  const binaryPrice = optional('binary-price');
  const price = optional('price') ?? binaryPrice;
  if (price === undefined) throw new UsageError('size: --price is required');
  const assetClass = choiceFlag('--asset-class', str('asset-class'), ASSET_CLASSES, binaryPrice !== undefined ? 'binary' : 'stock');
  const side = choiceFlag('--side', str('side'), SIDES, 'long');
  const exposure = {
    symbol: optional('symbol-exposure'),
    portfolio: optional('portfolio-exposure'),
    capitalAtRisk: optional('at-risk'),
    correlated: optional('correlated'),
  };
  return {
    equity: numberFlag('--equity', str('equity') as string, ANY_NUMBER),
    instrument: {
      symbol: str('symbol') ?? 'TICKET',
      assetClass,
      side,
      price,
      multiplier: optional('multiplier'),
      marginPerContract: optional('margin'),
      lotStep: optional('lot-step'),
    },
    holding: values.intraday ? 'intraday' : 'overnight',
    exposure,
    lossPerUnit: optional('loss-per-unit'),
    probability: await probabilitySource(values),
    rules: ruleOverrides(optional, assetClass),
  };
}

function sizeText(r: PositionResult): string {
  const lines = [
    `Raw Kelly: ${pct(r.rawKelly)}${r.probability === null ? '' : ` (p = ${r.probability.toFixed(4)})`}`,
    `Applied (${pct(r.kellyFraction, 0)} Kelly): ${pct(r.appliedFraction)} → after constraints ${pct(r.finalFraction)}`,
    `Quantity: ${r.quantity} ${r.unitName}  (notional ${money(r.notional)}, capital ${money(r.capitalRequired)}, at risk ${money(r.capitalAtRisk)})`,
    `Symbol exposure: ${money(r.exposureBefore.symbol)} → ${money(r.exposureAfter.symbol)}; portfolio ${money(r.exposureBefore.portfolio)} → ${money(r.exposureAfter.portfolio)}`,
  ];
  if (r.adjustments.length > 0) lines.push('Adjustments:', ...r.adjustments.map((a) => `  - ${a.reason}`));
  if (r.notes.length > 0) lines.push('Notes:', ...r.notes.map((n) => `  - ${n}`));
  return lines.join('\n');
}

const command: Command = {
  summary: 'position calculator: quantity for one trade under Kelly and your risk rules',
  usage,
  async run(args) {
    const outcome = computePosition(await parseSizeArgs(args));
    if (!outcome.ok) throw new UsageError(`size: ${outcome.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    return { json: outcome.result, text: sizeText(outcome.result) };
  },
};

export default command;
