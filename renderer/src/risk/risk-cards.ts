/**
 * The Risk page's result cards as data: each number with its convention and the run's
 * description as tooltip, laid out by the shared StatCard.
 */
import type { MonteCarloSummary } from '../../../core/montecarlo';
import type { CardModel } from '../metrics';
import { riskConventions } from './risk-conventions';

export function riskCards(summary: MonteCarloSummary, runDescription: string): CardModel[] {
  const card = (id: string, title: string, parts: CardModel['parts'], convention: string, nullReason?: string): CardModel => ({
    id,
    title,
    parts,
    convention: `${convention} Run: ${runDescription}`,
    nullReason,
  });
  const d = summary.probDrawdownAtLeast;
  return [
    card('median-final', 'Median final equity', [{ value: summary.finalValue.p50, kind: 'money' }], riskConventions.median),
    card('final-range', 'Final equity P5 / P95', [
      { value: summary.finalValue.p5, kind: 'money', label: 'P5' },
      { value: summary.finalValue.p95, kind: 'money', label: 'P95' },
    ], riskConventions.range),
    card('prob-profit', 'Probability of profit', [{ value: summary.probProfit, kind: 'percent' }], riskConventions.probProfit),
    card('prob-ruin', 'Probability of ruin', [{ value: summary.probRuin, kind: 'percent' }], riskConventions.probRuin),
    card('median-cagr', 'Median CAGR', [{ value: summary.medianCagr, kind: 'percent' }], riskConventions.medianCagr, summary.nullReasons.medianCagr ? `Undefined: ${summary.nullReasons.medianCagr}.` : riskConventions.medianCagrNull),
    card('max-drawdown', 'Max drawdown', [
      { value: summary.maxDrawdown.p50, kind: 'percent', label: 'Median' },
      { value: summary.maxDrawdown.p95, kind: 'percent', label: 'P95' },
    ], riskConventions.maxDrawdown),
    card('drawdown-at-least', 'P(max drawdown ≥ x)', [
      { value: d['0.1'], kind: 'percent', label: '≥ 10%' },
      { value: d['0.2'], kind: 'percent', label: '≥ 20%' },
      { value: d['0.3'], kind: 'percent', label: '≥ 30%' },
      { value: d['0.5'], kind: 'percent', label: '≥ 50%' },
    ], riskConventions.drawdownAtLeast),
  ];
}
