// Ruin seen only marked-to-market: the realized curve stays positive, but the daily log's Net
// Liquidity falls to −50 on Wed 2025-01-08 (an open position marked down). The account is ruined
// on that date (SPEC §2: with a daily log the portfolio curve is Net Liquidity): both curves stop.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';
import { dailyRow } from './daily-row';

// Mon +200 closes Mon; a trade opened Tue closes Thu with −300. Start = 1,200 − 200 = 1,000.
const trades = [
  makeTrade({ dateOpened: '2025-01-06', pl: 200, fundsAtClose: 1200 }),
  makeTrade({ dateOpened: '2025-01-07', dateClosed: '2025-01-09', pl: -300, fundsAtClose: 900 }),
];
const daily = [dailyRow('2025-01-06', 1200, 200), dailyRow('2025-01-07', 400, -800), dailyRow('2025-01-08', -50, -450), dailyRow('2025-01-09', 900, 950)];

describe('a daily log whose Net Liquidity reaches −50', () => {
  const p = computeStats(trades, { daily }).portfolio;

  it('is ruined on 2025-01-08 at −50', () => {
    expect(p.startingCapital).toBe(1000);
    expect(p.ruin).toEqual({ date: '2025-01-08', equity: -50 });
  });

  it('both curves stop on the ruin date; drawdown 0, 800 / 1,200, 100%', () => {
    expect(p.curve.map((point) => [point.date, point.equity])).toEqual([['2025-01-06', 1200], ['2025-01-07', 1200], ['2025-01-08', 1200]]);
    expect(p.drawdownCurve.map((point) => point.drawdown)).toEqual([0, 800 / 1200, 1]);
    expect(p.maxDrawdown).toBe(1);
  });

  it('CAGR and Sharpe are null with the reason', () => {
    expect([p.cagr, p.sharpe]).toEqual([null, null]);
    expect(p.nullReasons.cagr).toBe('ruined on 2025-01-08: equity fell to -50.00');
  });
});
