// The report's `live` section on a workspace holding the MEIC trade log and its reporting
// log (DataService.reportModel: planReport → compareLive on the simulation pool →
// finishReport). Expected values from test/reference/live_vs_backtest.py as
// test/unit/live/meic-real.test.ts states them: MEIC → Unknown suggested from the dates,
// 20 matched, 6 live only, 4 backtest only, 508 backtest trades outside the window, fill rate
// 20/24, slippage −0.75, P/L per contract −670.13 vs −1,926.48, percentile ≈ 0.30 →
// consistent, multiplier 1.
import { beforeAll, describe, expect, it } from 'vitest';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';

let service: DataService;

beforeAll(async () => {
  service = new DataService(await loadSqlJs());
  await importSample(service, 'meic-tradelog.csv');
  await importSample(service, 'meic-reporting-log.csv');
});

describe('report section live (MEIC)', () => {
  it('one row per strategy with the reference values, one cumulative chart, the mapping and conventions', async () => {
    const outcome = await service.reportModel({ portfolioName: 'MEIC', generatedAt: '2025-12-01T00:00:00.000Z', sections: ['live'] });
    if (!outcome.ok) throw new Error(outcome.message);
    const section = outcome.model.sections.find((s) => s.id === 'live')!;
    expect(section.omitted).toBeUndefined();
    const [table] = section.tables;
    expect(table.title).toBe('Live vs backtest, 2025-05-14 to 2025-05-30');
    expect(table.rows).toHaveLength(1);
    const [row] = table.rows;
    expect(row.slice(0, 4)).toEqual(['Unknown', { value: 20, format: 'integer' }, { value: 6, format: 'integer' }, { value: 4, format: 'integer' }]);
    const value = (k: number) => (row[k] as { value: number }).value;
    expect(value(4)).toBeCloseTo(20 / 24, 12);
    expect(value(5)).toBeCloseTo(-0.75, 9);
    expect(value(6)).toBeCloseTo(-670.12928, 6);
    expect(value(7)).toBeCloseTo(-1926.48, 6);
    expect(Math.abs(value(8) - 0.30321)).toBeLessThan(0.015);
    expect(row.slice(9)).toEqual(['Consistent', { value: 1, format: 'decimal' }]);
    expect(section.charts).toHaveLength(1);
    expect(section.charts[0].series.map((s) => [s.name, s.points.length])).toEqual([
      ['Live', 20],
      ['Backtest', 20],
    ]);
    expect(section.charts[0].series[0].points[0][0]).toBe(1);
    expect(section.notes).toContain('Mapping: MEIC → Unknown (suggested).');
    expect(section.notes).toContain('Unknown: 508 backtest and 0 live trades outside the window (counted apart, not as misses).');
    expect(outcome.model.conventions.some((c) => c.startsWith('Suggested multiplier: 1 when the live percentile is at least 0.05'))).toBe(true);
  });
});
