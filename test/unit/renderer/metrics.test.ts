// The Overview's cards and strategy columns: every metric the issue lists is present, each
// with a convention, and card values come from the right fields.
import { describe, expect, it } from 'vitest';
import type { PortfolioStats } from '../../../core/stats/types';
import { conventions } from '../../../core/format/conventions';
import { portfolioCards, strategyColumns } from '../../../renderer/src/metrics';

const portfolio: PortfolioStats = {
  trades: 384, wins: 186, losses: 197, scratches: 1, totalPl: 19735, winRate: 0.484375, decidedWinRate: 186 / 383,
  avgWin: 986.98925, avgLoss: 831.70051, payoff: 1.18671, profitFactor: 1.12045, expectancy: 51.39, maxWinStreak: 7, maxLossStreak: 6,
  kelly: 0.0522067, kellyPerContract: 0.05, kellyMargin: null, contractsVary: false,
  startingCapital: 100000, finalEquity: 119735, firstDate: '2025-01-02', lastDate: '2025-10-08', cagr: 0.265909, maxDrawdown: 0.128921,
  sharpe: 1.22224, sortino: 1.58696, calmar: 2.06257, timeInDrawdown: 0.6, longestDrawdownDays: 41, ruin: null,
  nullReasons: { kellyMargin: 'the trade opened 2025-01-02 has no positive margin (every trade needs one)' },
  curve: [], drawdownCurve: [], startingCapitalSource: 'daily-log', drawdownSource: 'daily-log', riskFreeRate: 0, riskFree: { kind: 'fixed', annualRate: 0 }, maxDrawdownClosedTrades: 0, heldOvernight: false,
};

describe('portfolioCards', () => {
  const cards = portfolioCards(portfolio);
  const byId = Object.fromEntries(cards.map((card) => [card.id, card]));

  it('has the cards the Overview promises, in order', () => {
    expect(cards.map((card) => card.title)).toEqual([
      'Trades', 'Total P/L', 'Win rate', 'Starting capital', 'CAGR', 'Max drawdown', 'Sharpe', 'Sortino', 'Calmar',
      'Profit factor', 'Kelly on P/L', 'Avg win / avg loss', 'Win / loss streaks', 'Time in drawdown',
    ]);
  });

  it('takes each value from its field', () => {
    expect(byId.totalPl.parts).toEqual([{ value: 19735, kind: 'money' }]);
    expect(byId.cagr.parts[0].value).toBe(0.265909);
    expect(byId.avgWin.parts.map((part) => part.value)).toEqual([986.98925, 831.70051]);
    expect(byId.streaks.parts.map((part) => part.value)).toEqual([7, 6]);
    expect(byId.timeInDrawdown.parts.map((part) => part.value)).toEqual([0.6, 41]);
  });

  it('states the data source in the tooltip where it matters', () => {
    expect(byId.startingCapital.convention).toContain("From the daily log: first Net Liquidity − first day's P/L.");
    expect(byId.maxDrawdown.convention).toContain("Marked to market: from the daily log's Net Liquidity");
    expect(byId.trades.convention).toContain('186 wins, 197 losses, 1 scratch.');
  });

  it('counts the longest drawdown in the days of the curve the drawdown was measured on', () => {
    expect(byId.timeInDrawdown.parts[1]).toEqual({ value: 41, kind: 'business-days', label: 'Longest' });
    expect(byId.timeInDrawdown.convention).toBe(
      `${conventions.timeInDrawdown.text} Here the days are business days (Mon–Fri) from the first open to the last close: equity is the daily log's Net Liquidity at each day's close (carried forward on a day without a row); the share is days below the peak ÷ all days, and the longest run counts consecutive days.`,
    );
    const fromTrades = portfolioCards({ ...portfolio, drawdownSource: 'trades' }).find((card) => card.id === 'timeInDrawdown');
    expect(fromTrades?.parts[1].kind).toBe('business-days');
    expect(fromTrades?.convention).toContain('Here the days are business days (Monday–Friday; holidays are not removed) from the first open to the last close');
  });

  it('shows Kelly on the basis actually used: per contract on a compounding log, saying why', () => {
    expect(byId.kelly.title).toBe('Kelly on P/L');
    const compounding = portfolioCards({ ...portfolio, contractsVary: true, kelly: 0.335, kellyPerContract: 0.0412 }).find((card) => card.id === 'kelly')!;
    expect(compounding.title).toBe('Kelly per contract');
    expect(compounding.parts).toEqual([{ value: 0.0412, kind: 'percent' }]);
    expect(compounding.convention).toContain('Contract counts vary more than 2× on this log (a compounding backtest), so Kelly is computed on per-contract P/L');
    expect(compounding.convention).toContain('Kelly on raw P/L (33.50%) is not meaningful here.');
  });

  it('writes each count with its own singular or plural', () => {
    const one = portfolioCards({ ...portfolio, wins: 1, losses: 1, scratches: 2 }).find((card) => card.id === 'trades')!;
    expect(one.convention).toContain('1 win, 1 loss, 2 scratches.');
  });

  it('gives every card a convention text', () => {
    for (const card of cards) expect(card.convention.length).toBeGreaterThan(20);
  });
});

describe('strategyColumns', () => {
  it('has unique ids and a known convention for each column', () => {
    const ids = strategyColumns.map((column) => column.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const column of strategyColumns) expect(conventions[column.convention]).toBeDefined();
  });

  it('includes the three Kelly bases', () => {
    expect(strategyColumns.map((column) => column.header)).toEqual(expect.arrayContaining(['Kelly (P/L)', 'Kelly / contract', 'Kelly (margin)']));
  });
});
