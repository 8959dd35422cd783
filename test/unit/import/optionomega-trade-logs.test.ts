// Every OptionOmega trade log fixture: detected format, counts, totals, conventions.
import { describe, expect, it } from 'vitest';
import { sortTrades } from '../../../core/import';
import { importTrades } from '../support/fixtures';
import { totalPl } from './total-pl';

const TRADE_LOGS: [file: string, trades: number, totalPl: number, firstOpen: string, lastClose: string, strategies: string[]][] = [
  ['optionomega/ema-tradelog.csv', 384, 19735, '2025-01-02', '2025-10-08', ['0DTE CCS - EMA Entry', '0DTE PCS - EMA Entry']],
  ['optionomega/meic-tradelog.csv', 532, 408.08, '2025-01-03', '2025-11-21', ['Unknown']],
  ['optionomega/single-strategy/0dte-put-hedge.csv', 357, 1141901, '2022-08-10', '2026-02-26', ['Unknown']],
  ['optionomega/single-strategy/21-28-30-delta.csv', 612, 7928865.36, '2017-01-25', '2026-02-05', ['Unknown']],
  ['optionomega/single-strategy/dc-2-7-mon-wed.csv', 339, 3415809.6, '2022-05-16', '2026-03-06', ['Unknown']],
  ['optionomega/single-strategy/gld-dc.csv', 5427, -34602.12, '2022-05-16', '2026-03-10', ['Unknown']],
  ['optionomega/single-strategy/pickle-ric.csv', 552, 7543305.92, '2022-05-26', '2026-03-04', ['Unknown']],
  ['optionomega/single-strategy/vol-crush-special.csv', 716, 166541.2, '2022-05-18', '2026-03-02', ['Unknown']],
  ['optionomega/small/diff-block-b-tradelog.csv', 4, 955, '2024-01-02', '2024-01-05', ['Different Strategy', 'Test Strategy']],
  ['optionomega/small/drawdown-test-block-tradelog.csv', 15, -100, '2024-01-02', '2024-01-22', ['Strategy A', 'Strategy B', 'Strategy C']],
  ['optionomega/small/marginal-test-block-tradelog.csv', 30, 3535, '2024-01-02', '2024-02-12', ['HighSharpe', 'Neutral', 'Volatile']],
  ['optionomega/small/mock-block-tradelog.csv', 5, 980, '2024-01-02', '2024-01-10', ['Test Strategy']],
  ['optionomega/small/nonstandard-name-my-custom-trades.csv', 2, 390, '2024-02-01', '2024-02-02', ['Custom Strategy']],
  ['optionomega/small/similarity-test-block-tradelog.csv', 40, 2813, '2024-01-02', '2024-02-14', ['Independent', 'MeanRevert', 'TrendFollowA', 'TrendFollowB']],
  ['optionomega/small/stress-test-block-tradelog.csv', 10, 380, '2020-02-24', '2024-08-09', ['Bear Put Spread', 'Bull Put Spread', 'Iron Condor']],
  ['optionomega/small/sync-test-block-tradelog.csv', 2, 450, '2024-01-02', '2024-01-03', ['Sync Test Strategy']],
];

describe('OptionOmega trade logs', () => {
  it.each(TRADE_LOGS)('%s: %i trades, clean', async (file, count, pl, firstOpen, lastClose, strategies) => {
    const result = await importTrades(file);
    expect(result.format).toBe('optionomega-trades');
    expect(result.trades).toHaveLength(count);
    expect(result.totalRows).toBe(count);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.generic).toBeUndefined();
    expect(totalPl(result.trades)).toBe(pl);
    expect(result.trades[0].dateOpened).toBe(firstOpen);
    expect(result.trades.map((t) => t.dateClosed as string).sort().at(-1)).toBe(lastClose);
    expect([...new Set(result.trades.map((t) => t.strategy))].sort()).toEqual(strategies);
    expect(result.trades).toEqual(sortTrades(result.trades));
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('EMA: the oldest trade, field by field (premium in dollars per contract, fees summed, P/L as exported)', async () => {
    const { trades } = await importTrades('optionomega/ema-tradelog.csv');
    expect(trades[0]).toEqual({
      strategy: '0DTE CCS - EMA Entry',
      symbol: '',
      dateOpened: '2025-01-02',
      timeOpened: '10:22:00',
      dateClosed: '2025-01-02',
      timeClosed: '16:00:00',
      contracts: 3,
      pl: 756,
      fees: 9,
      premium: 255,
      marginReq: 44235,
      fundsAtClose: 100756,
      maxLossPct: -1.96,
      maxProfitPct: 100,
      openingPrice: 5906.88,
      closingPrice: 5868.55,
      legs: '3 Jan 2 5950 C STO 2.60 | 3 Jan 2 6100 C BTO 0.05',
      reasonForClose: 'Expired',
      openingVix: null,
    });
  });

  it('newer 27-column export: P/L with many decimals and no commission columns', async () => {
    const { trades } = await importTrades('optionomega/single-strategy/0dte-put-hedge.csv');
    const last = trades.at(-1)!;
    expect(last).toMatchObject({ dateOpened: '2026-02-26', timeOpened: '09:33:00', contracts: 31, pl: 11940, fees: 0, premium: -340, marginReq: 10540, fundsAtClose: 2141901, openingVix: 17.95 });
  });

  it('content hash is the SHA-256 of the file bytes (value from sha256sum)', async () => {
    const result = await importTrades('optionomega/small/sync-test-block-tradelog.csv');
    expect(result.contentHash).toBe('17dd3b759de9760e88bda16785603ebd8ff7582f7877b23a753ac7c218e2c2cd');
  });
});
