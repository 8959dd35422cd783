/**
 * The report's allocation section from a saved Allocate-page run: after an allocation with a
 * walk-forward is saved in the workspace, the data service's report model holds the section
 * with the run's own figures (weights, dollars, risk shares; the walk-forward's methods with
 * their out-of-sample CAGR and Calmar; the out-of-sample growth chart) — the same numbers the
 * page showed, read back from allocator_runs — and the report's Deflated Sharpe counts the
 * walk-forward's configurations as trials. The last saved run is the one reported.
 */
import { describe, expect, it } from 'vitest';
import type { AllocationRunRequest } from '../../../core/allocate';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';

const settings: AllocationRunRequest['settings'] = {
  strategies: null, method: 'inverse-vol', compare: ['min-variance'], fraction: 1, min: 0, max: 1, ceiling: 1, capital: 80_000, capitalBasis: 'starting-capital',
  covariance: 'sample', period: 'daily', minContracts: 0, maxContracts: null, correlation: { method: 'pearson', basis: 'pl' },
  walkForward: { mode: 'anchored', inSample: 60, outOfSample: 20, step: 20, purge: 0, embargo: 0, costBps: 0 },
};

describe('report section: allocation', () => {
  it('prints the last saved run with its own figures and counts its configurations as trials', async () => {
    const service = new DataService(await loadSqlJs(), { now: () => '2025-10-10T08:00:00.000Z' });
    await importSample(service, 'ema-tradelog.csv');
    const first = await service.allocation({ settings: { ...settings, walkForward: null, method: 'equal' }, series: [] });
    const second = await service.allocation({ settings, series: [] });
    if (!first.ok || !second.ok) throw new Error('allocation failed');
    await service.saveAllocatorRun({ ...first.value.run, name: 'older' });
    await service.saveAllocatorRun({ ...second.value.run, name: 'EMA inverse vol' });
    const outcome = await service.reportModel({ portfolioName: 'EMA', generatedAt: '2025-10-10T08:00:00.000Z', trials: 1 });
    if (!outcome.ok) throw new Error(outcome.message);
    const section = outcome.model.sections.find((s) => s.id === 'allocation')!;
    expect(section.omitted).toBeUndefined();
    const r = second.value.report;
    const [summary, weights, wf] = section.tables;
    expect(summary.rows[0]).toEqual(['Expected return / yr', { value: r.result.expectedReturn, format: 'percent' }]);
    expect(weights.title).toBe('Inverse volatility: weights at $80,000.00 capital');
    expect(weights.rows.map((row) => row[0])).toEqual(r.names);
    expect(weights.rows.map((row) => (row[1] as { value: number }).value)).toEqual(r.result.weights);
    expect(weights.rows.map((row) => (row[2] as { value: number }).value)).toEqual(r.result.assets.map((a) => a.dollars));
    expect(wf.rows.map((row) => row[0])).toEqual(['Inverse volatility', 'Minimum variance', 'Equal weight (baseline)']);
    expect(wf.rows[0][1]).toEqual(r.walkForward!.methods[0].oos.cagr === null ? null : { value: r.walkForward!.methods[0].oos.cagr, format: 'percent' });
    expect(section.charts[0].series.map((s) => s.points.length)).toEqual([r.walkForward!.methods[0].curve.length, r.walkForward!.methods[1].curve.length, r.walkForward!.baseline.curve.length]);
    expect(section.notes[0]).toMatch(/^Saved run “EMA inverse vol” \(2025-10-10\): 2 inputs on the shared calendar/);
    // 1 variant asked for + 2 walk-forward configurations (inverse-vol, min-variance).
    expect(section.notes).toContain("The Deflated Sharpe's trials include the 2 allocation configurations tried in walk-forwards in this workspace.");
    const realism = outcome.model.sections.find((s) => s.id === 'realism')!;
    expect(JSON.stringify(realism.tables)).toContain('Deflated Sharpe (3 trials)');
  });
});
