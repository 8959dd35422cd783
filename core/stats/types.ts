/**
 * Result shapes of the statistics module (SPEC-metrics §1–2). Fractions are decimals
 * (0.128921, not 12.89%). Every number is finite: a metric that is undefined for the
 * sample (e.g. profit factor without losses) is null, never NaN or Infinity.
 */

export interface EquityPoint {
  /** Business day, ISO date. */
  date: string;
  /** End-of-day equity. */
  equity: number;
  /** Drawdown from the running peak as a fraction (0 at a new high). */
  drawdown: number;
}

export interface StatsOptions {
  /** Override of the starting capital; otherwise derived (SPEC §2). */
  startingCapital?: number;
  /** Annual risk-free rate, decimal (default 0). */
  riskFreeRate?: number;
}

export type StartingCapitalSource = 'user' | 'daily-log' | 'funds-at-close' | 'default';
export type DrawdownSource = 'daily-log' | 'trades';

/** Trade-level statistics shared by the portfolio and each strategy. */
export interface TradeStats {
  trades: number;
  wins: number;
  losses: number;
  scratches: number;
  totalPl: number;
  /** wins / all trades. */
  winRate: number;
  /** wins / (wins + losses); null without decided trades. */
  decidedWinRate: number | null;
  avgWin: number | null;
  avgLoss: number | null;
  /** avgWin / avgLoss. */
  payoff: number | null;
  profitFactor: number | null;
  expectancy: number | null;
  maxWinStreak: number;
  maxLossStreak: number;
  /** Discrete Kelly on raw P/L, decided win rate (SPEC §3). null when undefined. */
  kelly: number | null;
  /** Kelly on P/L per contract. */
  kellyPerContract: number | null;
  /** Kelly on return on margin. */
  kellyMargin: number | null;
  /** True when contract counts vary more than 2× (raw-P/L Kelly is not meaningful). */
  contractsVary: boolean;
}

/** Curve-level statistics (from an equity curve). */
export interface CurveStats {
  startingCapital: number;
  finalEquity: number;
  firstDate: string | null;
  lastDate: string | null;
  cagr: number | null;
  maxDrawdown: number;
  sharpe: number | null;
  sortino: number | null;
  calmar: number | null;
  /** Share of business days spent below the running peak. */
  timeInDrawdown: number;
  /** Longest run of business days below the running peak. */
  longestDrawdownDays: number;
}

export interface PortfolioStats extends TradeStats, CurveStats {
  curve: EquityPoint[];
  startingCapitalSource: StartingCapitalSource;
  drawdownSource: DrawdownSource;
  riskFreeRate: number;
}

export interface StrategyStats extends TradeStats, CurveStats {
  name: string;
  curve: EquityPoint[];
}

export interface StatsReport {
  portfolio: PortfolioStats;
  strategies: StrategyStats[];
  warnings: string[];
}

/** Filter applied before any statistic is computed. */
export interface TradeFilter {
  strategies?: string[];
  /** Inclusive ISO dates on the open date. */
  from?: string;
  to?: string;
}
