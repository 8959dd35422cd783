/**
 * How the scenario editor presents each sizing rule: its label, the one parameter a slider
 * moves (with range and display scale), whether it takes a risk basis, and the rule a
 * fresh choice of that kind starts from.
 */
import type { RiskBasis, SizingRule } from '../../../core/replay';

export type RuleKind = SizingRule['kind'];

export interface RuleParameter {
  label: string;
  min: number;
  max: number;
  step: number;
  /** Shown as value × scale with this suffix (0.02 → "2 %"). */
  scale: number;
  suffix: string;
  get(rule: SizingRule): number;
  set(rule: SizingRule, value: number): SizingRule;
}

export interface RuleControl {
  kind: RuleKind;
  label: string;
  initial: SizingRule;
  parameter: RuleParameter | null;
  hasBasis: boolean;
}

function parameter(label: string, min: number, max: number, step: number, scale: number, suffix: string, key: string): RuleParameter {
  return {
    label,
    min,
    max,
    step,
    scale,
    suffix,
    get: (rule) => (rule as unknown as Record<string, number>)[key],
    set: (rule, value) => ({ ...rule, [key]: value }) as SizingRule,
  };
}

export const RULE_CONTROLS: RuleControl[] = [
  { kind: 'log', label: 'As logged (log contracts)', initial: { kind: 'log' }, parameter: null, hasBasis: false },
  { kind: 'fixed', label: 'Fixed contracts', initial: { kind: 'fixed', contracts: 1 }, parameter: parameter('Contracts', 1, 50, 1, 1, '', 'contracts'), hasBasis: false },
  { kind: 'dollar-risk', label: 'Fixed dollar risk', initial: { kind: 'dollar-risk', amount: 2000, basis: 'avg-loss' }, parameter: parameter('Risk per trade', 100, 20000, 100, 1, '$', 'amount'), hasBasis: true },
  { kind: 'fraction', label: 'Fixed fraction of equity', initial: { kind: 'fraction', fraction: 0.02, basis: 'avg-loss' }, parameter: parameter('Fraction of equity', 0.0025, 0.25, 0.0025, 100, '%', 'fraction'), hasBasis: true },
  { kind: 'kelly', label: 'Fractional Kelly', initial: { kind: 'kelly', multiplier: 0.5, basis: 'avg-loss' }, parameter: parameter('Kelly multiplier', 0.05, 2, 0.05, 1, '×', 'multiplier'), hasBasis: true },
  { kind: 'vol-target', label: 'Volatility target', initial: { kind: 'vol-target', annualVol: 0.15 }, parameter: parameter('Annual volatility', 0.01, 1, 0.01, 100, '%', 'annualVol'), hasBasis: false },
  { kind: 'optimal-f', label: 'Optimal f', initial: { kind: 'optimal-f' }, parameter: null, hasBasis: false },
];

export const BASIS_LABELS: Record<RiskBasis, string> = {
  'avg-loss': 'Average loss',
  'max-loss': 'Largest loss',
  margin: 'Margin',
};

export function ruleControl(kind: RuleKind): RuleControl {
  return RULE_CONTROLS.find((c) => c.kind === kind) ?? RULE_CONTROLS[0];
}
