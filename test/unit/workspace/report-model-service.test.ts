/**
 * DataService.reportModel: the report of the workspace's trades is built in the data worker
 * with the Sizing page's settings (capital, fraction), the current filter and the chosen
 * sections; expected failures come back as { ok: false } with a message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModelRequest, SizingRequest } from '../../../workers/data-api';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';

const GENERATED_AT = '2025-10-10T08:00:00.000Z';
// The classic p − q/b with the placeable caps lifted, so the Kelly table's figures are the SPEC's.
const SIZING: SizingRequest = { capital: 50_000, fraction: 0.25, cap: 0.25, multipliers: {}, basis: null, riskBasis: null, marginCeiling: null, lossShare: null, totalFraction: null, kellyOf: 'classic' };
const request = (overrides: Partial<ReportModelRequest> = {}): ReportModelRequest => ({ portfolioName: 'EMA sample', generatedAt: GENERATED_AT, sizing: SIZING, ...overrides });

let service: DataService;

beforeAll(async () => {
  service = new DataService(await loadSqlJs());
  await importSample(service, 'ema-tradelog.csv');
});

async function model(overrides: Partial<ReportModelRequest> = {}) {
  const outcome = await service.reportModel(request(overrides));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('DataService.reportModel (EMA trade log)', () => {
  it('puts the sizing settings on the cover and offers every section with data', async () => {
    const { model: report, choices } = await model();
    expect(report.cover).toEqual({
      title: 'Sizing report',
      portfolioName: 'EMA sample',
      firstDate: '2025-01-02',
      lastDate: '2025-10-08',
      capital: 50_000,
      fraction: 0.25,
      kellyOf: 'classic',
      trades: 384,
      strategies: ['0DTE CCS - EMA Entry', '0DTE PCS - EMA Entry'],
      generatedAt: GENERATED_AT,
    });
    const live = 'No live record: import an OptionOmega reporting log (the live fills) to compare it with the backtest';
    const allocation = 'no saved allocation: run an allocation on the Allocate page and save it in the workspace';
    expect(choices.map((s) => [s.id, s.unavailable])).toEqual(['portfolio', 'charts', 'strategies', 'kelly', 'margin', 'targets', 'realism', 'replay', 'montecarlo', 'live', 'allocation', 'warnings'].map((id) => [id, id === 'live' ? live : id === 'allocation' ? allocation : undefined]));
    expect(report.sections.map((s) => [s.id, s.omitted])).toEqual(choices.map((s) => [s.id, s.unavailable]));
  });

  it('sizes the Kelly table with the chosen fraction and capital', async () => {
    const kelly = (await model()).model.sections.find((s) => s.id === 'kelly')!.tables.find((t) => t.id === 'kelly-sizing')!;
    const ccs = kelly.rows.find((row) => row[0] === '0DTE CCS - EMA Entry')!;
    const column = (label: string) => kelly.columns.findIndex((c) => c.label === label);
    const full = (ccs[column('Full Kelly')] as { value: number }).value;
    // SPEC §1 reference: Kelly of 0DTE CCS - EMA Entry on raw P/L = 0.0996278 (7 digits).
    expect(full).toBeCloseTo(0.0996278, 7);
    expect((ccs[column('Applied')] as { value: number }).value).toBeCloseTo(full * 0.25, 12);
    expect(ccs[column('Kelly says')]).toEqual({ value: 6, format: 'integer' });
    expect(ccs[column('Placeable')]).toEqual({ value: 6, format: 'integer' });
  });

  it('uses the detected starting capital when the settings leave capital empty', async () => {
    const stats = await service.stats();
    const { model: report } = await model({ sizing: { ...SIZING, capital: null } });
    expect(report.cover.capital).toBe(stats.portfolio.startingCapital);
  });

  it('includes only the chosen sections, in print order', async () => {
    const { model: report, choices } = await model({ sections: ['strategies', 'portfolio'] });
    expect(report.sections.map((s) => s.id)).toEqual(['portfolio', 'strategies']);
    expect(choices).toHaveLength(12);
  });

  it('reports the filtered trades only', async () => {
    const { model: report } = await model({ filter: { strategies: ['0DTE CCS - EMA Entry'] } });
    expect(report.cover.trades).toBe(205);
    expect(report.cover.strategies).toEqual(['0DTE CCS - EMA Entry']);
  });

  it('refuses unknown sections, invalid settings and an empty selection with a message', async () => {
    expect(await service.reportModel(request({ sections: ['cover-art'] }))).toMatchObject({ ok: false, code: 'unknown-section', message: expect.stringContaining('"cover-art"') });
    expect(await service.reportModel(request({ sizing: { ...SIZING, fraction: 5 } }))).toMatchObject({ ok: false, code: 'invalid-sizing', message: expect.stringContaining('Kelly fraction') });
    expect(await service.reportModel(request({ filter: { from: '2030-01-01' } }))).toMatchObject({ ok: false, code: 'no-trades' });
  });

  it('refuses an empty workspace', async () => {
    const empty = new DataService(await loadSqlJs());
    expect(await empty.reportModel(request())).toMatchObject({ ok: false, code: 'no-trades', message: expect.stringContaining('import a trade log') });
  });
});
