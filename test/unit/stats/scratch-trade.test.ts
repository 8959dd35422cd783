// Scratches (P/L = 0) count as trades for the win rate, are left out of Kelly's decided win
// rate, and end a streak.
import { describe, expect, it } from 'vitest';
import { computeTradeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

const pls = [100, 0, 100, -50, -50, 0, -50];
const stats = computeTradeStats(pls.map((pl, i) => makeTrade({ dateOpened: `2024-02-0${i + 1}`, pl })));

describe('scratch trades', () => {
  it('counts them apart from wins and losses', () => {
    expect([stats.trades, stats.wins, stats.losses, stats.scratches]).toEqual([7, 2, 3, 2]);
    expect(stats.winRate).toBeCloseTo(2 / 7, 12);
    expect(stats.decidedWinRate).toBeCloseTo(0.4, 12);
    expect(stats.expectancy).toBeCloseTo(50 / 7, 12);
  });
  it('computes averages, payoff, profit factor and Kelly on decided trades', () => {
    expect([stats.avgWin, stats.avgLoss, stats.payoff]).toEqual([100, 50, 2]);
    expect(stats.profitFactor).toBeCloseTo(200 / 150, 12);
    expect(stats.kelly).toBeCloseTo(0.1, 12); // 0.4 − 0.6 / 2
    expect(stats.kellyPerContract).toBeCloseTo(0.1, 12);
    expect(stats.kellyMargin).toBeNull(); // no Margin Req.
  });
  it('ends win and loss streaks at a scratch', () => {
    expect([stats.maxWinStreak, stats.maxLossStreak]).toEqual([1, 2]);
  });
});
