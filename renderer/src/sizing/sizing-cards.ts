/**
 * The Sizing page's summary cards as data for the shared StatCard: capital (and where the
 * detected capital came from), the Kelly fraction, the total margin the sizing implies and
 * the portfolio's historical margin utilisation; and the ruin cards of one entry.
 */
import type { PortfolioSizing, SizingEntry, SizingReport } from '../../../core/sizing';
import type { StartingCapitalSource } from '../../../core/stats/types';
import { startingCapitalSourceText } from '../../../core/format/conventions';
import { formatText } from '../../../core/format/number';
import type { CardModel } from '../metrics';
import { sizingConventions, type SizingMetricId } from './sizing-conventions';

function card(id: string, metric: SizingMetricId, title: string, parts: CardModel['parts'], extra?: string): CardModel {
  const convention = sizingConventions[metric];
  return { id, title, parts, convention: extra ? `${convention.text} ${extra}` : convention.text, nullReason: convention.nullReason };
}

/** The placeable caps in force, in words (the card's tooltip and the page's statement). */
export function limitsText(report: SizingReport): string {
  const { limits } = report;
  const ceiling = limits.marginCeiling === null ? 'no margin ceiling (lifted)' : `margin ceiling ${formatText(limits.marginCeiling, 'percent')} of capital${limits.marginMultiplier === 1 ? '' : ` (recorded margin × ${formatText(limits.marginMultiplier, 'ratio')})`}`;
  const loss = limits.lossShare === null ? 'no worst-loss cap' : `worst loss ≤ ${formatText(limits.lossShare, 'percent')} of capital`;
  const total = limits.totalFraction === null ? 'no total-fraction cap' : `applied fractions ≤ ${formatText(limits.totalFraction, 'percent')} in total`;
  const level = report.marginLevel === 'day' ? ' This log has no trade times: the busiest moment is taken by day (all positions open on a date count as held together).' : '';
  const at = report.portfolio.peakMarginAt ? ` Busiest moment: ${report.portfolio.peakMarginAt.date}${report.portfolio.peakMarginAt.time ? ` ${report.portfolio.peakMarginAt.time}` : ''}.` : '';
  return `Placeable caps: ${ceiling}; ${loss}; ${total}.${at}${level}`;
}

export function summaryCards(report: SizingReport, detectedCapital: number, source: StartingCapitalSource): CardModel[] {
  const p: PortfolioSizing = report.portfolio;
  const detected = `Detected: ${formatText(detectedCapital, 'money')}. ${startingCapitalSourceText(source)}`;
  return [
    card('sizing-capital', 'capital', 'Capital', [{ value: report.capital, kind: 'money' }], detected),
    card(
      'sizing-fraction',
      'fraction',
      report.kellyOf === 'classic' ? 'Kelly fraction (of p − q/b)' : 'Kelly fraction (of f*)',
      [{ value: report.fraction, kind: 'percent' }],
      `Cap ${formatText(report.cap, 'percent')} of capital per strategy.`,
    ),
    card(
      'sizing-total-margin',
      'totalMargin',
      'Margin at the busiest moment',
      [
        { value: p.totalMargin, kind: 'money', label: 'Margin' },
        { value: p.totalMarginUtilisation, kind: 'percent', label: 'Of capital' },
      ],
      limitsText(report),
    ),
    card('sizing-historical-margin', 'historicalMargin', 'Historical margin (portfolio)', [
      { value: p.historicalMargin?.max ?? null, kind: 'percent', label: 'Peak' },
      { value: p.historicalMargin?.average ?? null, kind: 'percent', label: 'Average' },
    ]),
  ];
}

export function ruinCards(entry: SizingEntry): CardModel[] {
  const chosen = entry.growthCurve?.chosen ?? null;
  return [
    card('ruin-fraction', 'applied', 'Chosen fraction', [{ value: entry.applied.value, kind: 'percent' }]),
    card('ruin-growth', 'growth', 'Log growth / trade', [{ value: chosen?.growth ?? null, kind: 'percent' }]),
    card('ruin-thorp', 'thorp', 'Thorp P(halving)', [{ value: entry.ruin?.thorpHalving ?? null, kind: 'percent' }]),
    card('ruin-lundberg', 'lundberg', 'Lundberg P(halving) ≤', [{ value: entry.ruin?.lundbergHalving ?? null, kind: 'percent' }]),
  ];
}
