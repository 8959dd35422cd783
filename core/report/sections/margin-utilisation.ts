/**
 * Report section: historical margin utilisation (margin open each day ÷ equity) per strategy
 * and for the portfolio, next to the margin the chosen sizing would use (core/sizing).
 */
import type { SizingEntry } from '../../sizing';
import { money, percent } from '../cells';
import { defineSection } from '../section';

export const marginUtilisationSection = defineSection({
  id: 'margin',
  title: 'Margin utilisation',
  description: 'Historical margin use per day and the margin the chosen sizing implies',
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
    const series = report.portfolio.historicalMargin!.series.flatMap((day): [string, number][] => (day.utilisation === null ? [] : [[day.date, day.utilisation]]));
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
      charts: series.length >= 2 ? [{ id: 'margin-history', title: 'Portfolio margin open ÷ equity, per day', xAxis: 'date', yFormat: 'percent', series: [{ name: 'Margin utilisation', type: 'area', points: series }] }] : [],
      notes: [],
    };
  },
  conventions: () => ['Margin utilisation on a day = Margin Req. of the trades open that day ÷ equity that day.'],
});
