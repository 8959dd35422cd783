// SPEC §2 "Ruin": a hand-made log whose equity goes below zero. Start 1,000; one trade a day
// Mon 2025-01-06 .. Fri 2025-01-10 with P/L +200, −700, −600, +300, +900 (margin 100 each).
// By hand: end-of-day equity 1,200 → 500 → −100 (ruined on Wed 2025-01-08) → 200 → 1,100.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { dailyTrades } from '../support/make-trade';

const report = computeStats(dailyTrades([200, -700, -600, 300, 900], { marginReq: 100 }), { startingCapital: 1000 });
const p = report.portfolio;
const RUINED = 'ruined on 2025-01-08: equity fell to -100.00';

describe('an account that goes below zero', () => {
  it('is ruined on the first day equity is at or below 0', () => {
    expect(p.ruin).toEqual({ date: '2025-01-08', equity: -100 });
  });

  it('stops the curve on the ruin date, each drawdown capped at 100%', () => {
    // Drawdowns: 0; (1,200 − 500) / 1,200 = 0.583333…; (1,200 − (−100)) / 1,200 = 1.0833 → capped at 1.
    expect(p.curve).toEqual([
      { date: '2025-01-06', equity: 1200, drawdown: 0 },
      { date: '2025-01-07', equity: 500, drawdown: 700 / 1200 },
      { date: '2025-01-08', equity: -100, drawdown: 1 },
    ]);
    expect(p.drawdownCurve).toEqual(p.curve);
  });

  it('max drawdown is 100%; time in drawdown 2 of 3 days, longest 2', () => {
    expect(p.maxDrawdown).toBe(1);
    expect(p.timeInDrawdown).toBe(2 / 3);
    expect(p.longestDrawdownDays).toBe(2);
  });

  it('CAGR, Sharpe, Sortino and Calmar are null with the reason "ruined on D"', () => {
    expect([p.cagr, p.sharpe, p.sortino, p.calmar]).toEqual([null, null, null, null]);
    expect(p.nullReasons).toEqual({ cagr: RUINED, sharpe: RUINED, sortino: RUINED, calmar: RUINED });
  });

  it('keeps the trade statistics and the log’s own final equity', () => {
    expect(p.totalPl).toBe(100);
    expect(p.finalEquity).toBe(1100);
    expect(p.winRate).toBe(0.6);
    expect(p.profitFactor).toBe(1400 / 1300);
  });

  it('the strategy’s own curve is ruined alike, with a warning', () => {
    expect(report.strategies[0].ruin).toEqual({ date: '2025-01-08', equity: -100 });
    expect(report.strategies[0].nullReasons.sharpe).toBe(RUINED);
    expect(report.warnings).toEqual(['"S" alone (from the same starting capital) is ruined on 2025-01-08: equity -100.00.']);
  });
});
