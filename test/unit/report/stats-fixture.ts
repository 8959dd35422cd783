/**
 * Hand-built StatsReport values for the report-model tests: a two-strategy portfolio with
 * every metric defined, and an empty one (no trades), so the tests do not depend on
 * core/stats arithmetic.
 */
import type { EquityPoint, PortfolioStats, StatsReport, StrategyStats, TradeStats } from '../../../core/stats/types';

const curve: EquityPoint[] = [
  { date: '2025-01-02', equity: 100_000, drawdown: 0 },
  { date: '2025-01-03', equity: 101_500, drawdown: 0 },
  { date: '2025-01-06', equity: 99_470, drawdown: 0.02 },
  { date: '2025-01-07', equity: 102_000, drawdown: 0 },
];

const tradeStats: TradeStats = {
  trades: 10,
  wins: 6,
  losses: 3,
  scratches: 1,
  totalPl: 2_000,
  winRate: 0.6,
  decidedWinRate: 6 / 9,
  avgWin: 600,
  avgLoss: 533.333333,
  payoff: 1.125,
  profitFactor: 2.25,
  expectancy: 200,
  maxWinStreak: 3,
  maxLossStreak: 2,
  kelly: 0.37037,
  kellyPerContract: 0.31,
  kellyMargin: 0.12,
  contractsVary: false,
  nullReasons: {},
};

function strategy(name: string, totalPl: number): StrategyStats {
  return {
    ...tradeStats,
    name,
    curveBasis: 'pl',
    trades: 5,
    totalPl,
    startingCapital: 100_000,
    finalEquity: 100_000 + totalPl,
    firstDate: '2025-01-02',
    lastDate: '2025-01-07',
    cagr: 0.4,
    maxDrawdown: 0.01,
    sharpe: 2.1,
    sortino: 3.2,
    calmar: 40,
    timeInDrawdown: 0.25,
    longestDrawdownDays: 1,
    ruin: null,
    curve,
  };
}

export function portfolioFixture(overrides: Partial<PortfolioStats> = {}): StatsReport {
  const portfolio: PortfolioStats = {
    ...tradeStats,
    startingCapital: 100_000,
    finalEquity: 102_000,
    firstDate: '2025-01-02',
    lastDate: '2025-01-07',
    cagr: 3.1,
    maxDrawdown: 0.02,
    sharpe: 5.5,
    sortino: 9.1,
    calmar: 155,
    timeInDrawdown: 0.25,
    longestDrawdownDays: 1,
    ruin: null,
    curve,
    drawdownCurve: curve,
    startingCapitalSource: 'funds-at-close',
    drawdownSource: 'trades',
    riskFreeRate: 0,
    riskFree: { kind: 'fixed', annualRate: 0 },
    maxDrawdownClosedTrades: 0.02,
    heldOvernight: false,
    ...overrides,
  };
  return {
    portfolio,
    strategies: [strategy('Put spread, "EMA" entry', 1_500), strategy('Call spread\nEMA', 500)],
    warnings: ['Put spread: only 5 trades, fewer than 30.'],
  };
}

export function emptyFixture(): StatsReport {
  const empty: PortfolioStats = {
    trades: 0,
    wins: 0,
    losses: 0,
    scratches: 0,
    totalPl: 0,
    winRate: null,
    decidedWinRate: null,
    avgWin: null,
    avgLoss: null,
    payoff: null,
    profitFactor: null,
    expectancy: null,
    maxWinStreak: 0,
    maxLossStreak: 0,
    kelly: null,
    kellyPerContract: null,
    kellyMargin: null,
    contractsVary: false,
    startingCapital: 100_000,
    finalEquity: 100_000,
    firstDate: null,
    lastDate: null,
    cagr: null,
    maxDrawdown: 0,
    sharpe: null,
    sortino: null,
    calmar: null,
    timeInDrawdown: 0,
    longestDrawdownDays: 0,
    ruin: null,
    nullReasons: {
      winRate: 'no trades',
      decidedWinRate: 'no winning or losing trades',
      avgWin: 'no winning trades',
      avgLoss: 'no losing trades',
      payoff: 'needs winning and losing trades (no winning trades)',
      profitFactor: 'no losing trades',
      expectancy: 'no trades',
      kelly: 'no winning or losing trades',
      kellyPerContract: 'no winning or losing trades',
      kellyMargin: 'no winning or losing trades',
      cagr: 'no closed trades',
      sharpe: 'no daily returns',
      sortino: 'no daily returns',
      calmar: 'CAGR is undefined (no closed trades)',
    },
    curve: [],
    drawdownCurve: [],
    startingCapitalSource: 'default',
    drawdownSource: 'trades',
    riskFreeRate: 0,
    riskFree: { kind: 'fixed', annualRate: 0 },
    maxDrawdownClosedTrades: 0.02,
    heldOvernight: false,
  };
  return { portfolio: empty, strategies: [], warnings: [] };
}

export const baseInput = { portfolioName: 'Fixture portfolio', capital: 50_000, fraction: 0.5, generatedAt: '2025-10-09T12:00:00.000Z' };
