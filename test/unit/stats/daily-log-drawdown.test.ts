// Drawdown from a daily log is recomputed from Net Liquidity (an open position marked down
// overnight shows up there but not in realized P/L); the Drawdown % column is ignored.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';
import { dailyRow } from './daily-row';

// One trade held Mon 2024-03-04 .. Wed 2024-03-06, +200 at the close. Start 10,000.
const trades = [makeTrade({ dateOpened: '2024-03-04', dateClosed: '2024-03-06', pl: 200, fundsAtClose: 10200 })];
const daily = [
  dailyRow('2024-03-04', 9800, -200, -55), // marked down 200 on day one; bogus Drawdown %
  dailyRow('2024-03-05', 9500, -300, -55),
  dailyRow('2024-03-06', 10200, 700, -55),
];

describe('daily-log drawdown', () => {
  it('measures (peak − Net Liquidity) / peak with the peak starting at the starting capital', () => {
    const p = computeStats(trades, { daily }).portfolio;
    expect(p.startingCapital).toBe(10000); // 9800 − (−200)
    expect(p.drawdownSource).toBe('daily-log');
    expect(p.maxDrawdown).toBeCloseTo(0.05, 12); // (10000 − 9500) / 10000
    expect(p.timeInDrawdown).toBeCloseTo(2 / 3, 12);
    expect(p.longestDrawdownDays).toBe(2);
    expect(p.drawdownCurve.map((d) => d.drawdown)).toEqual([0.02, 0.05, 0]);
  });
  it('would show no drawdown from realized P/L alone', () => {
    const p = computeStats(trades).portfolio;
    expect([p.drawdownSource, p.maxDrawdown, p.calmar]).toEqual(['trades', 0, null]);
  });
});
