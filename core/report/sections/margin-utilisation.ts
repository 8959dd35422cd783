/**
 * Report section: historical margin use (SPEC §3, the one time-aware figure of core/margin:
 * margin of the positions open at the same moment ÷ realized equity then) per strategy and for
 * the portfolio, next to the margin the chosen sizing would use (core/sizing). The chart shows
 * each day's peak.
 */
import type { SizingEntry } from '../../sizing';
import { money, percent } from '../cells';
import { defineSection } from '../section';

export const marginUtilisationSection = defineSection({
  id: 'margin',
  title: 'Margin utilisation',
  description: 'Historical margin use (positions open at the same moment) and the margin the chosen sizing implies',
  isAvailable: (input) => (input.sizing?.portfolio.historicalMargin?.series.length ?? 0) > 0,
  unavailableReason: (input) => (input.sizing === undefined ? 'the sizing was not computed for this report' : 'the trades have no margin (Margin Req.) to measure utilisation by'),
  build: ({ sizing }) => {
    const report = sizing!;
    const rows = [...report.strategies, report.portfolio].map((e: SizingEntry) => [
      e.name,
      percent(e.historicalMargin?.max),
      percent(e.historicalMargin?.average),
      money(e.marginUsed),
      percent(e.sizedMarginUtilisation),
    ]);
    const dailyPeak = new Map<string, number>();
    for (const moment of report.portfolio.historicalMargin!.series) {
      if (moment.utilisation !== null) dailyPeak.set(moment.date, Math.max(dailyPeak.get(moment.date) ?? 0, moment.utilisation));
    }
    const series = [...dailyPeak.entries()];
    return {
      tables: [
        {
          id: 'margin-utilisation',
          title: 'Margin utilisation: history and sizing',
          columns: [
            { label: 'Strategy', align: 'left' },
            { label: 'Historical peak', align: 'right' },
            { label: 'Historical average', align: 'right' },
            { label: 'Sized margin', align: 'right' },
            { label: 'Sized ÷ capital', align: 'right' },
          ],
          rows,
        },
      ],
      charts: series.length >= 2 ? [{ id: 'margin-history', title: 'Portfolio margin open at the same moment ÷ equity, peak of each day', xAxis: 'date', yFormat: 'percent', series: [{ name: 'Margin utilisation', type: 'area', points: series }] }] : [],
      notes: [],
    };
  },
  conventions: ({ sizing }) => [sizing?.portfolio.historicalMargin?.convention ?? 'Margin use = Margin Req. of the positions open at the same moment ÷ realized equity at that moment.'],
});
