/**
 * previewImport / commitImport / discardPreview: what a preview reports (rows, strategies,
 * dates, the daily-log consistency check against the workspace or a pending trade log, the
 * generic adapter's headers and raw sample rows), remembered mappings, and the failures.
 */
import { describe, expect, it } from 'vitest';
import { DataService } from '../../../workers/data-service';
import type { ImportPreview, PreviewOutcome } from '../../../workers/data-api';
import { loadSqlJs } from '../db/sample';
import { fixtureBytes } from '../support/fixtures';

const GENERIC_CSV = [
  'Open Date,Close Date,Ticker,Qty,Net P/L,Comment',
  '2025-01-02,2025-01-03,SPY,10,125.50,first',
  '2025-01-06,2025-01-07,QQQ,5,-40.25,second',
  '2025-01-08,2025-01-08,SPY,2,10,third',
  '',
].join('\n');

function expectPreview(outcome: PreviewOutcome): ImportPreview {
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome;
}

async function newService() {
  return new DataService(await loadSqlJs(), { now: () => '2025-10-10T08:00:00.000Z' });
}

const sample = (name: string) => fixtureBytes(`optionomega/${name}`);

describe('import previews', () => {
  it('describes an OptionOmega trade log without committing it', async () => {
    const service = await newService();
    const preview = expectPreview(await service.previewImport('ema-tradelog.csv', sample('ema-tradelog.csv')));
    expect(preview).toEqual({
      ok: true,
      previewId: 'preview-1',
      fileName: 'ema-tradelog.csv',
      format: 'optionomega-trades',
      totalRows: 384,
      accepted: 384,
      rejectedCount: 0,
      rejected: [],
      warnings: [],
      strategies: ['0DTE CCS - EMA Entry', '0DTE PCS - EMA Entry'],
      firstDate: '2025-01-02',
      lastDate: '2025-10-08',
    });
    expect((await service.summary()).trades).toBe(0);
  });

  it('checks a daily log against the pending trade log, then against the workspace', async () => {
    const service = await newService();
    const alone = expectPreview(await service.previewImport('ema-dailylog.csv', sample('ema-dailylog.csv')));
    expect(alone).toMatchObject({ format: 'optionomega-daily', accepted: 192, strategies: [], firstDate: '2025-01-02', lastDate: '2025-10-08' });
    expect(alone.consistency).toBeUndefined();

    const trades = expectPreview(await service.previewImport('ema-tradelog.csv', sample('ema-tradelog.csv')));
    expect(expectPreview(await service.previewImport('ema-dailylog.csv', sample('ema-dailylog.csv'))).consistency).toEqual({ consistent: true, problems: [], firstDifference: null });

    await service.commitImport(trades.previewId);
    expect(expectPreview(await service.previewImport('ema-dailylog.csv', sample('ema-dailylog.csv'))).consistency).toEqual({ consistent: true, problems: [], firstDifference: null });
  });

  it('reports a daily log that belongs to another backtest, and stats then ignore it with a warning', async () => {
    const service = await newService();
    const trades = expectPreview(await service.previewImport('meic-tradelog.csv', sample('meic-tradelog.csv')));
    await service.commitImport(trades.previewId);
    const daily = expectPreview(await service.previewImport('meic-dailylog.csv', sample('meic-dailylog.csv')));
    expect(daily.consistency?.consistent).toBe(false);
    expect(daily.consistency?.problems.length).toBeGreaterThan(0);

    const before = await service.stats();
    expect((await service.commitImport(daily.previewId)).ok).toBe(true);
    const after = await service.stats();
    expect(after.portfolio).toEqual(before.portfolio);
    expect(after.warnings[0]).toBe(`The daily log does not match the trade log and was not used: ${daily.consistency!.problems.join(' ')}`);
  });

  it('shows a generic CSV with its headers, guessed mapping and raw sample rows', async () => {
    const service = await newService();
    const preview = expectPreview(await service.previewImport('broker.csv', new TextEncoder().encode(GENERIC_CSV)));
    expect(preview).toMatchObject({ format: 'generic-trades', accepted: 3, strategies: ['QQQ', 'SPY'], firstDate: '2025-01-02', lastDate: '2025-01-08' });
    expect(preview.generic?.headers).toEqual(['Open Date', 'Close Date', 'Ticker', 'Qty', 'Net P/L', 'Comment']);
    expect(preview.generic?.options.mapping).toEqual({ opened: 'Open Date', closed: 'Close Date', symbol: 'Ticker', quantity: 'Qty', pl: 'Net P/L' });
    expect(preview.generic?.sampleRows).toEqual([
      ['2025-01-02', '2025-01-03', 'SPY', '10', '125.50', 'first'],
      ['2025-01-06', '2025-01-07', 'QQQ', '5', '-40.25', 'second'],
      ['2025-01-08', '2025-01-08', 'SPY', '2', '10', 'third'],
    ]);
  });

  it('remembers the mapping a generic import was committed with, for files with the same columns', async () => {
    const service = await newService();
    const bytes = new TextEncoder().encode(GENERIC_CSV);
    const mapped = expectPreview(await service.previewImport('broker.csv', bytes, { mapping: { strategy: 'Comment' } }));
    expect(mapped.strategies).toEqual(['first', 'second', 'third']);
    await service.commitImport(mapped.previewId);
    const signature = mapped.generic!.headerSignature;
    expect(await service.getMapping(signature)).toEqual({ ...mapped.generic!.options.mapping });

    const again = expectPreview(await service.previewImport('broker-2.csv', bytes));
    expect(again.strategies).toEqual(['first', 'second', 'third']);
    expect(again.generic?.options.mapping.strategy).toBe('Comment');

    await service.saveMapping(signature, { opened: 'Open Date', pl: 'Net P/L', symbol: 'Ticker', quantity: 'Qty' });
    expect(expectPreview(await service.previewImport('broker-3.csv', bytes)).strategies).toEqual(['QQQ', 'SPY']);
  });

  it('passes import failures through and refuses unknown or discarded previews', async () => {
    const service = await newService();
    expect(await service.previewImport('empty.csv', new Uint8Array(0))).toMatchObject({ ok: false, code: 'empty', fileName: 'empty.csv' });
    expect(await service.commitImport('preview-99')).toEqual({
      ok: false,
      code: 'unknown-preview',
      message: 'No import preview "preview-99" is pending (already imported or discarded).',
    });
    const preview = expectPreview(await service.previewImport('ema-tradelog.csv', sample('ema-tradelog.csv')));
    await service.discardPreview(preview.previewId);
    expect(await service.commitImport(preview.previewId)).toMatchObject({ ok: false, code: 'unknown-preview' });
    expect((await service.summary()).trades).toBe(0);
  });

  it('commits a reporting log as its own kind', async () => {
    const service = await newService();
    const preview = expectPreview(await service.previewImport('ema-reporting-log.csv', sample('ema-reporting-log.csv')));
    expect(preview).toMatchObject({ format: 'optionomega-reporting', accepted: 384, strategies: ['0DTE CCS - EMA Entry', '0DTE PCS - EMA Entry'] });
    const committed = await service.commitImport(preview.previewId);
    expect(committed.ok && committed.summary).toMatchObject({ trades: 0, reportingRows: 384, fingerprint: '' });
    expect(await service.reporting()).toHaveLength(384);
  });
});
