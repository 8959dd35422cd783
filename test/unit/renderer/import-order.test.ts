// Import previews of one batch are reviewed trade logs first, then daily, reporting, failures.
import { describe, expect, it } from 'vitest';
import type { PreviewOutcome } from '../../../workers/data-api';
import { orderForReview } from '../../../renderer/src/import/import-order';

function preview(name: string, format: Extract<PreviewOutcome, { ok: true }>['format']): { name: string; outcome: PreviewOutcome } {
  return {
    name,
    outcome: { ok: true, previewId: name, fileName: name, format, totalRows: 1, accepted: 1, rejectedCount: 0, rejected: [], warnings: [], strategies: [], firstDate: null, lastDate: null },
  };
}

function failure(name: string): { name: string; outcome: PreviewOutcome } {
  return { name, outcome: { ok: false, fileName: name, code: 'unrecognized', message: 'x' } };
}

describe('orderForReview', () => {
  it('puts trade logs before daily and reporting logs and failures last, stable within a kind', () => {
    const ordered = orderForReview([
      failure('bad.csv'),
      preview('daily.csv', 'optionomega-daily'),
      preview('live.csv', 'optionomega-reporting'),
      preview('trades.csv', 'optionomega-trades'),
      preview('broker.csv', 'generic-trades'),
    ]);
    expect(ordered.map((item) => item.name)).toEqual(['trades.csv', 'broker.csv', 'daily.csv', 'live.csv', 'bad.csv']);
  });
});
