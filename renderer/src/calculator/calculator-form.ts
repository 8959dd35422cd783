/**
 * The position calculator's form as the user types it (text fields, so "0." or "" can be
 * typed), its defaults, and its translation into the worker's CalculatorTicket. Empty
 * optional fields are left out; empty or non-numeric required fields become NaN, so core's
 * validation names them ("Equity must be a number."), field by field. Rules are entered in
 * percent (Kelly fraction 50 = half Kelly) and leverage/contract limits may be left empty
 * for "no limit". Pure functions, unit-tested.
 */
import { ASSET_CLASSES, DEFAULT_RULES, type AssetClass, type RuleOverrides } from '../../../core/calculator';
import { DEFAULT_CONFIDENCE_THRESHOLD, DEFAULT_MODEL_WEIGHTS, type FieldError } from '../../../core/sizing';
import type { CalculatorTicket } from '../../../workers/data-api';
import { fieldMessages } from '../field-messages';
import { parseTypedNumber } from '../../../core/format/typed-number';

export type SourceKind = 'odds' | 'history' | 'forecast' | 'models' | 'binary';
export type Direction = 'long' | 'short';

export const SOURCE_LABELS: Record<SourceKind, string> = {
  odds: '(a) Win probability + win/loss ratio',
  history: "(b) A strategy's recent trades",
  forecast: '(c) Forecast return + volatility',
  models: '(d) Two model outputs',
  binary: '(e) Binary contract',
};

export const ASSET_LABELS: Record<AssetClass, string> = {
  stock: 'Stock',
  etf: 'ETF',
  future: 'Future',
  option: 'Option',
  crypto: 'Crypto',
  binary: 'Binary contract',
};

export interface TicketForm {
  equity: string;
  symbol: string;
  assetClass: AssetClass;
  side: Direction;
  holding: 'intraday' | 'overnight';
  price: string;
  multiplier: string;
  marginPerContract: string;
  lotStep: string;
  lossPerUnit: string;
  symbolExposure: string;
  portfolioExposure: string;
  capitalAtRisk: string;
  correlatedExposure: string;
  source: SourceKind;
  p: string;
  b: string;
  strategy: string;
  days: string;
  mu: string;
  sigma: string;
  riskFree: string;
  modelDirections: [Direction, Direction];
  modelConfidences: [string, string];
  modelWeights: [string, string];
  threshold: string;
  binaryP: string;
  binarySide: 'yes' | 'no';
}

export const DEFAULT_TICKET: TicketForm = {
  equity: '100000',
  symbol: 'SPY',
  assetClass: 'stock',
  side: 'long',
  holding: 'overnight',
  price: '',
  multiplier: '',
  marginPerContract: '',
  lotStep: '',
  lossPerUnit: '',
  symbolExposure: '',
  portfolioExposure: '',
  capitalAtRisk: '',
  correlatedExposure: '',
  source: 'odds',
  p: '',
  b: '',
  strategy: '',
  days: '90',
  mu: '',
  sigma: '',
  riskFree: '',
  modelDirections: ['long', 'long'],
  modelConfidences: ['', ''],
  modelWeights: [String(DEFAULT_MODEL_WEIGHTS[0]), String(DEFAULT_MODEL_WEIGHTS[1])],
  threshold: String(DEFAULT_CONFIDENCE_THRESHOLD),
  binaryP: '',
  binarySide: 'yes',
};

export interface AssetRulesForm {
  allowShort: boolean;
  /** Text; empty = no limit. */
  maxLeverageIntraday: string;
  maxLeverageOvernight: string;
  maxContracts: string;
}

/** Portfolio rules in percent of equity (Kelly fraction in percent of full Kelly). */
export interface RulesForm {
  kellyFraction: string;
  maxSymbolExposure: string;
  maxPositionFraction: string;
  maxCapitalAtRisk: string;
  maxCorrelatedExposure: string;
  assets: Record<AssetClass, AssetRulesForm>;
}

export const PORTFOLIO_RULE_KEYS = ['kellyFraction', 'maxPositionFraction', 'maxSymbolExposure', 'maxCapitalAtRisk', 'maxCorrelatedExposure'] as const;
export type PortfolioRuleKey = (typeof PORTFOLIO_RULE_KEYS)[number];
export const ASSET_RULE_LIMITS = ['maxLeverageIntraday', 'maxLeverageOvernight', 'maxContracts'] as const;

const percentText = (fraction: number) => String(Number((fraction * 100).toPrecision(10)));
const limitText = (limit: number | null) => (limit === null ? '' : String(limit));

export const DEFAULT_RULES_FORM: RulesForm = {
  kellyFraction: percentText(DEFAULT_RULES.kellyFraction),
  maxSymbolExposure: percentText(DEFAULT_RULES.maxSymbolExposure),
  maxPositionFraction: percentText(DEFAULT_RULES.maxPositionFraction),
  maxCapitalAtRisk: percentText(DEFAULT_RULES.maxCapitalAtRisk),
  maxCorrelatedExposure: percentText(DEFAULT_RULES.maxCorrelatedExposure),
  assets: Object.fromEntries(
    ASSET_CLASSES.map((assetClass) => {
      const rules = DEFAULT_RULES.assets[assetClass];
      return [
        assetClass,
        {
          allowShort: rules.allowShort,
          maxLeverageIntraday: limitText(rules.maxLeverageIntraday),
          maxLeverageOvernight: limitText(rules.maxLeverageOvernight),
          maxContracts: limitText(rules.maxContracts),
        },
      ];
    }),
  ) as Record<AssetClass, AssetRulesForm>,
};

/** Key of the rules record in the workspace settings. */
export const CALCULATOR_RULES_KEY = 'calculator-rules';

/** A number as typed (core/format/typed-number): "" → undefined, "1,000" → 1000, "abc" → NaN. */
export function parseNumber(text: string): number | undefined {
  return parseTypedNumber(text) ?? undefined;
}

const required = (text: string) => parseNumber(text) ?? Number.NaN;
const percent = (text: string) => {
  const value = parseNumber(text);
  return value === undefined ? Number.NaN : value / 100;
};
/** Empty = no limit (null). */
const limit = (text: string) => parseNumber(text) ?? null;

export function rulesFromForm(form: RulesForm): RuleOverrides {
  const assets: NonNullable<RuleOverrides['assets']> = {};
  for (const assetClass of ASSET_CLASSES) {
    const rules = form.assets[assetClass];
    assets[assetClass] = {
      allowShort: rules.allowShort,
      maxLeverageIntraday: limit(rules.maxLeverageIntraday),
      maxLeverageOvernight: limit(rules.maxLeverageOvernight),
      maxContracts: limit(rules.maxContracts),
    };
  }
  return {
    kellyFraction: percent(form.kellyFraction),
    maxSymbolExposure: percent(form.maxSymbolExposure),
    maxPositionFraction: percent(form.maxPositionFraction),
    maxCapitalAtRisk: percent(form.maxCapitalAtRisk),
    maxCorrelatedExposure: percent(form.maxCorrelatedExposure),
    assets,
  };
}

function probabilityFromForm(form: TicketForm): CalculatorTicket['probability'] {
  switch (form.source) {
    case 'odds':
      return { kind: 'odds', p: required(form.p), b: required(form.b) };
    case 'history':
      return { kind: 'strategy-history', strategy: form.strategy, days: required(form.days) };
    case 'forecast':
      return { kind: 'forecast', mu: required(form.mu), sigma: required(form.sigma), riskFree: parseNumber(form.riskFree) };
    case 'models':
      return {
        kind: 'models',
        models: [
          { direction: form.modelDirections[0], confidence: required(form.modelConfidences[0]) },
          { direction: form.modelDirections[1], confidence: required(form.modelConfidences[1]) },
        ],
        weights: [required(form.modelWeights[0]), required(form.modelWeights[1])],
        threshold: parseNumber(form.threshold),
        b: required(form.b),
      };
    case 'binary':
      return { kind: 'binary', p: required(form.binaryP), side: form.binarySide };
  }
}

export function ticketFromForm(form: TicketForm, rules: RulesForm): CalculatorTicket {
  return {
    equity: required(form.equity),
    instrument: {
      symbol: form.symbol,
      assetClass: form.assetClass,
      side: form.side,
      price: required(form.price),
      multiplier: parseNumber(form.multiplier),
      marginPerContract: parseNumber(form.marginPerContract),
      lotStep: form.assetClass === 'crypto' ? parseNumber(form.lotStep) : undefined,
    },
    holding: form.holding,
    exposure: {
      symbol: parseNumber(form.symbolExposure),
      portfolio: parseNumber(form.portfolioExposure),
      capitalAtRisk: parseNumber(form.capitalAtRisk),
      correlated: parseNumber(form.correlatedExposure),
    },
    lossPerUnit: form.source === 'binary' ? undefined : parseNumber(form.lossPerUnit),
    probability: probabilityFromForm(form),
    rules: rulesFromForm(rules),
  };
}

/** The rules typed in percent: their messages give the bounds in percent too. */
const PERCENT_PATHS: ReadonlySet<string> = new Set(PORTFOLIO_RULE_KEYS.map((key) => `rules.${key}`));

/**
 * Field messages keyed by the form's field paths, percent rules in percent ("Kelly fraction
 * must be between 0% and 200%."). Core names an empty history window "probability.outcomes";
 * it belongs next to the days field.
 */
export function errorsByPath(errors: FieldError[]): Record<string, string> {
  return fieldMessages(errors, PERCENT_PATHS, (field) => (field === 'probability.outcomes' ? 'probability.days' : field));
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** A rules record read from the workspace; malformed entries fall back to the defaults. */
export function restoreRulesForm(stored: unknown): RulesForm {
  const d = DEFAULT_RULES_FORM;
  if (typeof stored !== 'object' || stored === null) return d;
  const s = stored as Record<string, unknown>;
  const storedAssets = (typeof s.assets === 'object' && s.assets !== null ? s.assets : {}) as Record<string, unknown>;
  const assets = { ...d.assets };
  for (const assetClass of ASSET_CLASSES) {
    const a = storedAssets[assetClass];
    if (typeof a !== 'object' || a === null) continue;
    const r = a as Record<string, unknown>;
    const fallback = d.assets[assetClass];
    assets[assetClass] = {
      allowShort: typeof r.allowShort === 'boolean' ? r.allowShort : fallback.allowShort,
      maxLeverageIntraday: isText(r.maxLeverageIntraday) ? r.maxLeverageIntraday : fallback.maxLeverageIntraday,
      maxLeverageOvernight: isText(r.maxLeverageOvernight) ? r.maxLeverageOvernight : fallback.maxLeverageOvernight,
      maxContracts: isText(r.maxContracts) ? r.maxContracts : fallback.maxContracts,
    };
  }
  const pick = (key: PortfolioRuleKey) => (isText(s[key]) ? s[key] : d[key]);
  return {
    kellyFraction: pick('kellyFraction'),
    maxSymbolExposure: pick('maxSymbolExposure'),
    maxPositionFraction: pick('maxPositionFraction'),
    maxCapitalAtRisk: pick('maxCapitalAtRisk'),
    maxCorrelatedExposure: pick('maxCorrelatedExposure'),
    assets,
  };
}
