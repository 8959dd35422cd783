// The report's "Drawdown target and Kelly band" section on the EMA workspace (core/app
// buildReport): present with a row per strategy and the portfolio, the same numbers as
// core/app sizingTargets at the defaults (20%, 95%, 252 business days) with the report's
// 10,000 paths, the mode stated (its absence with a reason: sections-availability.test.ts).
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/app';
import { DEFAULT_TARGETS, sizingTargetsSync } from '../../../core/app/sizing-targets';
import { REPORT_TARGET_PATHS } from '../../../core/app/report';
import { analyzeSizing } from '../../../core/sizing';
import { fixtureTrades } from '../support/fixtures';

describe('report section: drawdown target and Kelly band', () => {
  it('lists every strategy and the portfolio with the drawdown target, the band and tail-aware Kelly', async () => {
    const trades = await fixtureTrades('ema-tradelog.csv');
    const built = buildReport({ trades }, { portfolioName: 'EMA', generatedAt: '2026-12-07T00:00:00Z', sections: ['targets'] });
    if (!built.ok) throw new Error(built.message);
    const section = built.model.sections.find((s) => s.id === 'targets');
    expect(section?.omitted).toBeUndefined();
    const [target, band] = section!.tables;
    expect(target.rows.map((r) => r[0])).toEqual(['0DTE CCS - EMA Entry', '0DTE PCS - EMA Entry', 'Portfolio']);
    const expected = sizingTargetsSync(trades, analyzeSizing(trades, { capital: 100_000, fraction: 0.5 }), { ...DEFAULT_TARGETS, paths: REPORT_TARGET_PATHS });
    if (!expected.ok) throw new Error('targets failed');
    const ccs = expected.value.strategies[0];
    expect(target.rows[0][3]).toEqual({ value: ccs.drawdownTarget!.fraction, format: 'percent' });
    expect(band.rows[0][8]).toEqual({ value: 14925, format: 'money' });
    expect(section!.notes.join(' ')).toContain('mean block round(n^⅓)');
  });

});
