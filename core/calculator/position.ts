/**
 * The position calculator (trade ticket): from equity, an instrument and one probability
 * source to a quantity, with every constraint explained in words.
 *
 * Conventions:
 * - applied fraction = max(raw Kelly, 0) × the Kelly fraction rule (default 50%);
 * - target quantity = applied fraction × equity ÷ dollars per Kelly unit, where the Kelly
 *   unit is what one unit loses on a loss (odds, models, history: loss per unit if given,
 *   else the history's average loss, else the whole unit price × multiplier), the unit's
 *   notional (forecast), or the price paid (binary);
 * - the target is rounded DOWN to the lot step, then capped in order by: side rules, the
 *   models' direction, max % of equity per position (cost, or margin when given), leverage
 *   (portfolio gross exposure, intraday or overnight), symbol exposure, max contracts,
 *   capital at risk across the portfolio (loss per unit × quantity), correlated exposure
 *   (only when the ticket says correlated positions exist);
 * - exposures are gross dollars; every fraction reported is quantity × dollars per Kelly
 *   unit ÷ equity, comparable with the applied fraction.
 */
import type { FieldError } from '../numeric/field-error';
import { defaultLotStep, floorToLot, formatQuantity } from './lots';
import { edgeFromSource, type KellyUnit } from './probability-source';
import { resolveRules, type AssetClass } from './rules';
import type { CalculatorInput } from './schema';
import { validateCalculatorInput } from './validate';

export type AdjustmentRule =
  | 'lot'
  | 'side'
  | 'direction'
  | 'position-size'
  | 'leverage'
  | 'symbol-exposure'
  | 'max-contracts'
  | 'capital-at-risk'
  | 'correlated-exposure';

export interface Adjustment {
  rule: AdjustmentRule;
  /** Quantity before and after this constraint. */
  from: number;
  to: number;
  /** The same as fractions of equity (in Kelly units). */
  fractionFrom: number;
  fractionTo: number;
  reason: string;
}

/** Gross dollar exposures around the trade. */
export interface ExposureSnapshot {
  symbol: number;
  portfolio: number;
  capitalAtRisk: number;
  correlated: number;
}

export interface PositionResult {
  /** Full Kelly from the probability source; null when undefined. */
  rawKelly: number | null;
  /** Win probability used; null for a forecast. */
  probability: number | null;
  kellyFraction: number;
  /** max(rawKelly, 0) × kellyFraction: the fraction before any constraint. */
  appliedFraction: number;
  /** The fraction the final quantity represents. */
  finalFraction: number;
  kellyUnit: KellyUnit;
  /** Dollars per unit that the fractions refer to. */
  dollarsPerKellyUnit: number;
  quantity: number;
  unitName: 'shares' | 'contracts' | 'units';
  notional: number;
  capitalRequired: number;
  capitalAtRisk: number;
  exposureBefore: ExposureSnapshot;
  exposureAfter: ExposureSnapshot;
  adjustments: Adjustment[];
  notes: string[];
}

export type PositionOutcome = { ok: true; result: PositionResult } | { ok: false; errors: FieldError[] };

const UNIT_NAME: Record<AssetClass, PositionResult['unitName']> = {
  stock: 'shares',
  etf: 'shares',
  crypto: 'units',
  future: 'contracts',
  option: 'contracts',
  binary: 'contracts',
};

const pct = (value: number) => `${Number((value * 100).toFixed(2))}%`;

/** A cap: the largest quantity the rule allows (null = the rule does not apply). */
interface Cap {
  rule: AdjustmentRule;
  limit: number | null;
  label: string;
}

export function computePosition(input: unknown): PositionOutcome {
  const validation = validateCalculatorInput(input);
  if (!validation.ok) return validation;
  return { ok: true, result: sizePosition(validation.value) };
}

function sizePosition(input: CalculatorInput): PositionResult {
  const { equity, instrument } = input;
  const assetClass = instrument.assetClass;
  const rules = resolveRules(input.rules);
  const asset = rules.assets[assetClass];
  const multiplier = instrument.multiplier ?? (assetClass === 'option' ? 100 : 1);
  const step = instrument.lotStep ?? defaultLotStep(assetClass);
  const unitName = UNIT_NAME[assetClass];
  const holding = input.holding ?? 'overnight';
  const before: ExposureSnapshot = {
    symbol: input.exposure?.symbol ?? 0,
    portfolio: input.exposure?.portfolio ?? 0,
    capitalAtRisk: input.exposure?.capitalAtRisk ?? 0,
    correlated: input.exposure?.correlated ?? 0,
  };

  const edge = edgeFromSource(input.probability, instrument.side, instrument.price);
  const notes = [...edge.notes];
  const unitExposure = instrument.price * multiplier;
  const unitCapital = instrument.marginPerContract ?? unitExposure;
  let riskPerUnit = unitExposure;
  if (edge.kellyUnit !== 'stake') {
    riskPerUnit = input.lossPerUnit ?? edge.historyLossPerUnit ?? unitExposure;
    if (input.lossPerUnit === undefined && edge.historyLossPerUnit === null) {
      notes.push('No loss per unit given: a loss is assumed to cost the whole price × multiplier (enter your stop distance to size by it).');
    }
  }
  const dollarsPerKellyUnit = edge.kellyUnit === 'risk' ? riskPerUnit : unitExposure;
  const fractionOf = (quantity: number) => (quantity * dollarsPerKellyUnit) / equity;

  const rawKelly = edge.rawKelly;
  const appliedFraction = rawKelly !== null && rawKelly > 0 ? rawKelly * rules.kellyFraction : 0;
  if (rawKelly !== null && rawKelly <= 0) notes.push(`No edge: Kelly is ${pct(rawKelly)}, so no position.`);
  if (rawKelly === null && edge.notes.length === 0) notes.push('Kelly is undefined for this input: no position.');

  const adjustments: Adjustment[] = [];
  const kellyTarget = (appliedFraction * equity) / dollarsPerKellyUnit;
  // A loss per unit so close to zero that the Kelly quantity overflows cannot size anything.
  const target = Number.isFinite(kellyTarget) ? kellyTarget : 0;
  if (target !== kellyTarget) notes.push('The loss per unit is too close to zero to size from: enter a loss per unit (stop distance). No position.');
  let quantity = floorToLot(target, step);
  const adjust = (rule: AdjustmentRule, to: number, reason: string) => {
    adjustments.push({ rule, from: quantity, to, fractionFrom: fractionOf(quantity), fractionTo: fractionOf(to), reason: `${reason}: ${formatQuantity(quantity, step)} → ${formatQuantity(to, step)} ${unitName}` });
    quantity = to;
  };
  if (Math.abs(quantity - target) > 1e-9 * Math.max(1, target)) {
    adjustments.push({
      rule: 'lot',
      from: target,
      to: quantity,
      fractionFrom: fractionOf(target),
      fractionTo: fractionOf(quantity),
      reason: `rounded down to ${step === 1 ? `whole ${unitName}` : `the lot step ${formatQuantity(step, step)}`}: ${formatQuantity(target, step)} → ${formatQuantity(quantity, step)} ${unitName}`,
    });
  }
  if (quantity > 0 && instrument.side === 'short' && !asset.allowShort) {
    adjust('side', 0, assetClass === 'binary' ? 'binary contracts are bought, not shorted (buy the NO side instead)' : `${assetClass} is long-only under your rules`);
  }
  if (quantity > 0 && edge.direction !== null && edge.direction !== instrument.side) {
    adjust('direction', 0, `the models point ${edge.direction} but the ticket is ${instrument.side}`);
  }

  const leverage = holding === 'intraday' ? asset.maxLeverageIntraday : asset.maxLeverageOvernight;
  const caps: Cap[] = [
    { rule: 'position-size', limit: (rules.maxPositionFraction * equity) / unitCapital, label: `capped by ${pct(rules.maxPositionFraction)} of equity per position` },
    { rule: 'leverage', limit: leverage === null ? null : (leverage * equity - before.portfolio) / unitExposure, label: `capped by ${leverage}× ${holding} leverage` },
    { rule: 'symbol-exposure', limit: (rules.maxSymbolExposure * equity - before.symbol) / unitExposure, label: `capped by ${pct(rules.maxSymbolExposure)} symbol exposure` },
    { rule: 'max-contracts', limit: asset.maxContracts, label: `capped by max ${asset.maxContracts} ${unitName} per position` },
    { rule: 'capital-at-risk', limit: (rules.maxCapitalAtRisk * equity - before.capitalAtRisk) / riskPerUnit, label: `capped by ${pct(rules.maxCapitalAtRisk)} max capital at risk across the portfolio` },
    {
      rule: 'correlated-exposure',
      limit: before.correlated > 0 ? (rules.maxCorrelatedExposure * equity - before.correlated) / unitExposure : null,
      label: `capped by ${pct(rules.maxCorrelatedExposure)} max in correlated positions`,
    },
  ];
  for (const cap of caps) {
    if (cap.limit === null) continue;
    const allowed = floorToLot(cap.limit, step);
    if (quantity > allowed) adjust(cap.rule, allowed, cap.label);
  }

  const notional = quantity * unitExposure;
  const capitalAtRisk = quantity * riskPerUnit;
  return {
    rawKelly,
    probability: edge.probability,
    kellyFraction: rules.kellyFraction,
    appliedFraction,
    finalFraction: fractionOf(quantity),
    kellyUnit: edge.kellyUnit,
    dollarsPerKellyUnit,
    quantity,
    unitName,
    notional,
    capitalRequired: quantity * unitCapital,
    capitalAtRisk,
    exposureBefore: before,
    exposureAfter: {
      symbol: before.symbol + notional,
      portfolio: before.portfolio + notional,
      capitalAtRisk: before.capitalAtRisk + capitalAtRisk,
      correlated: before.correlated > 0 ? before.correlated + notional : 0,
    },
    adjustments,
    notes,
  };
}
