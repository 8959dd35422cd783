/**
 * Acceptance gates and verdict of the learned allocator (issue 13, SPEC-metrics §6): the
 * out-of-sample average monthly P/L and Calmar must be above every baseline's (each leg alone,
 * equal weights, best static in-sample); the max drawdown at most the equal-weight baseline's
 * plus the tolerance; turnover per year at most the cap; the 25th-percentile fold Calmar at least
 * its floor; the share of losing folds at most its ceiling. "accepted" only when every gate
 * passes; otherwise "rejected" with one reason per failed gate.
 */
import { formatDigits } from '../format/number';
import type { Gate, LearnOptions, PathFigures } from './types';

export interface GateInput {
  model: PathFigures;
  baselines: { name: string; figures: PathFigures }[];
  /** The baseline the drawdown is compared with. */
  reference: string;
  p25FoldCalmar: number | null;
  negativeFoldShare: number;
}

const above = (value: number | null, threshold: number | null) => value !== null && (threshold === null || value > threshold);

export function acceptanceGates(input: GateInput, o: Pick<LearnOptions, 'drawdownTolerance' | 'turnoverCap' | 'minP25FoldCalmar' | 'maxNegativeFoldShare'>): { gates: Gate[]; reasons: string[] } {
  const gates: Gate[] = [];
  const reasons: string[] = [];
  const m = input.model;
  for (const b of input.baselines) {
    const pl = above(m.avgMonthlyPl, b.figures.avgMonthlyPl);
    gates.push({ name: `Average monthly P/L above ${b.name}`, passed: pl, value: m.avgMonthlyPl, threshold: b.figures.avgMonthlyPl });
    if (!pl) reasons.push(`Average monthly P/L ${formatDigits(m.avgMonthlyPl, 'percent')} of starting capital is not above ${b.name}'s ${formatDigits(b.figures.avgMonthlyPl, 'percent')}.`);
    const calmar = above(m.calmar, b.figures.calmar);
    gates.push({ name: `Calmar above ${b.name}`, passed: calmar, value: m.calmar, threshold: b.figures.calmar });
    if (!calmar) reasons.push(`Calmar ${formatDigits(m.calmar, 'ratio')} is not above ${b.name}'s ${formatDigits(b.figures.calmar, 'ratio')}.`);
  }
  const ref = input.baselines.find((b) => b.name === input.reference)!;
  const ddLimit = ref.figures.maxDrawdown + o.drawdownTolerance;
  const dd = m.maxDrawdown <= ddLimit + 1e-12;
  gates.push({ name: `Max drawdown within ${formatDigits(o.drawdownTolerance, 'percent', 0)} of ${ref.name}`, passed: dd, value: m.maxDrawdown, threshold: ddLimit });
  if (!dd) reasons.push(`Max drawdown ${formatDigits(m.maxDrawdown, 'percent')} is worse than ${ref.name}'s ${formatDigits(ref.figures.maxDrawdown, 'percent')} plus the ${formatDigits(o.drawdownTolerance, 'percent', 0)} tolerance.`);
  const to = m.turnover <= o.turnoverCap;
  gates.push({ name: 'Turnover per year at most the cap', passed: to, value: m.turnover, threshold: o.turnoverCap });
  if (!to) reasons.push(`Turnover of ${formatDigits(m.turnover, 'ratio')} × capital per year is above the cap of ${formatDigits(o.turnoverCap, 'ratio')}.`);
  const p25 = input.p25FoldCalmar !== null && input.p25FoldCalmar >= o.minP25FoldCalmar;
  gates.push({ name: '25th-percentile fold Calmar', passed: p25, value: input.p25FoldCalmar, threshold: o.minP25FoldCalmar });
  if (!p25) reasons.push(input.p25FoldCalmar === null ? 'No fold has a defined Calmar.' : `The 25th-percentile fold Calmar ${formatDigits(input.p25FoldCalmar, 'ratio')} is below ${formatDigits(o.minP25FoldCalmar, 'ratio')}: a quarter of the folds did worse.`);
  const neg = input.negativeFoldShare <= o.maxNegativeFoldShare + 1e-12;
  gates.push({ name: 'Share of losing folds', passed: neg, value: input.negativeFoldShare, threshold: o.maxNegativeFoldShare });
  if (!neg) reasons.push(`${formatDigits(input.negativeFoldShare, 'percent', 0)} of the folds lost money (at most ${formatDigits(o.maxNegativeFoldShare, 'percent', 0)} allowed).`);
  return { gates, reasons };
}
