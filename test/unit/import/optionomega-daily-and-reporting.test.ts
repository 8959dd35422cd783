// OptionOmega daily logs and reporting (live) logs: detection from the header, values, order.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';
import { importDaily, importReporting } from '../support/fixtures';
import { totalPl } from './total-pl';

describe('OptionOmega daily logs', () => {
  it.each([
    ['optionomega/ema-dailylog.csv', 192, 19735, '2025-01-02', '2025-10-08'],
    ['optionomega/meic-dailylog.csv', 192, 3589.96, '2025-01-02', '2025-10-08'],
    ['optionomega/small/mock-block-dailylog.csv', 7, 980, '2024-01-02', '2024-01-10'],
  ])('%s: %i days, clean', async (file, days, pl, first, last) => {
    const result = await importDaily(file);
    expect(result.daily).toHaveLength(days);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(totalPl(result.daily)).toBe(pl);
    expect(result.daily[0].date).toBe(first);
    expect(result.daily.at(-1)!.date).toBe(last);
  });

  it('EMA: first and last rows as exported', async () => {
    const { daily } = await importDaily('optionomega/ema-dailylog.csv');
    expect(daily[0]).toEqual({ date: '2025-01-02', netLiquidity: 100756, currentFunds: 100756, withdrawn: 0, tradingFunds: 100756, pl: 756, plPct: 0.76, drawdownPct: 0 });
    expect(daily.at(-1)).toEqual({ date: '2025-10-08', netLiquidity: 119735, currentFunds: 119735, withdrawn: 0, tradingFunds: 119735, pl: 1251, plPct: 1.06, drawdownPct: -3.43 });
  });
});

describe('OptionOmega reporting logs', () => {
  it('EMA (no Time Opened column, unquoted): ISO timestamps split into date and time, oldest first', async () => {
    const result = await importReporting('optionomega/ema-reporting-log.csv');
    expect(result.reporting).toHaveLength(384);
    expect(result.rejected).toEqual([]);
    expect(result.reporting[0]).toEqual({
      strategy: '0DTE CCS - EMA Entry',
      dateOpened: '2025-01-02',
      timeOpened: '10:36:29',
      openingPrice: 5928.08,
      legs: '3 Jan 2 5950 C STO 2.60 | 3 Jan 2 6100 C BTO 0.05',
      initialPremium: 2.55,
      contracts: 3,
      pl: 756,
      closingPrice: 5892.61,
      dateClosed: '2025-01-02',
      timeClosed: '16:14:53',
      avgClosingCost: 0,
      reasonForClose: 'Expired',
    });
    expect(result.reporting.at(-1)).toMatchObject({ dateOpened: '2025-10-08', timeOpened: '10:23:59', pl: 1251 });
  });

  it('MEIC (BOM, quoted, P/L with float noise)', async () => {
    const result = await importReporting('optionomega/meic-reporting-log.csv');
    expect(result.reporting).toHaveLength(26);
    expect(result.rejected).toEqual([]);
    expect(totalPl(result.reporting)).toBe(-2045.51);
    const fill = result.reporting.find((r) => r.pl === -504.25115999999997);
    expect(fill).toMatchObject({ strategy: 'MEIC', dateOpened: '2025-05-30', timeOpened: '10:15:40', dateClosed: '2025-05-30', timeClosed: '15:26:20', contracts: 2 });
  });

  it('a separate Time Opened column fills the time when the date has none', async () => {
    const text = 'Strategy,Date Opened,Time Opened,Opening Price,Legs,Initial Premium,No. of Contracts,P/L\nIC,2025-03-04,10:15:00,5800,legs,2.5,1,120\n';
    const result = await importText('live.csv', text);
    expect(result.ok && result.format === 'optionomega-reporting' && result.reporting[0]).toMatchObject({ dateOpened: '2025-03-04', timeOpened: '10:15:00', dateClosed: null, pl: 120 });
  });
});
