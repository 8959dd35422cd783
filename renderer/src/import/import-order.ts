/**
 * Order in which the previews of one import batch are shown: trade logs first (so a daily
 * or reporting log is checked against them), then daily logs, reporting logs and bet logs, and the
 * files that could not be read at all. Stable within a rank.
 */
import type { PreviewOutcome } from '../../../workers/data-api';

function rank(outcome: PreviewOutcome): number {
  if (!outcome.ok) return 3;
  switch (outcome.format) {
    case 'optionomega-trades':
    case 'generic-trades':
      return 0;
    case 'optionomega-daily':
      return 1;
    case 'optionomega-reporting':
    case 'bet-log':
      return 2;
  }
}

export function orderForReview<T extends { outcome: PreviewOutcome }>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item.outcome) - rank(b.item.outcome) || a.index - b.index)
    .map(({ item }) => item);
}

export const formatLabels: Record<Exclude<PreviewOutcome, { ok: false }>['format'], string> = {
  'optionomega-trades': 'OptionOmega trade log',
  'optionomega-daily': 'OptionOmega daily log',
  'optionomega-reporting': 'OptionOmega reporting (live) log',
  'generic-trades': 'Generic trade CSV',
  'bet-log': 'Prediction-market bet log (Bets page; kept beside the trade log)',
};
