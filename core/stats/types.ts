/**
 * Result shapes of the statistics module (SPEC-metrics §1–2). Fractions are decimals
 * (0.128921, not 12.89%). Every number is finite: a metric that is undefined for the
 * sample (e.g. profit factor without losses) is null, never NaN or Infinity.
 */
import type { RateSeries, RiskFreeUsed } from './risk-free';

export interface EquityPoint {
  /** Business day, ISO date. */
  date: string;
  /** End-of-day equity. */
  equity: number;
  /** Drawdown from the running peak as a fraction (0 at a new high). */
  drawdown: number;
}

/**
 * The account's ruin (SPEC §2 "Ruin"): the first business day (or daily-log row) whose equity is
 * at or below 0, and that equity. The curve stops on this date.
 */
export interface Ruin {
  date: string;
  equity: number;
}

/** Statistics that can be null for a sample; each null one has its reason in `nullReasons`. */
export type StatsMetricId =
  | 'winRate'
  | 'decidedWinRate'
  | 'avgWin'
  | 'avgLoss'
  | 'payoff'
  | 'profitFactor'
  | 'expectancy'
  | 'kelly'
  | 'kellyPerContract'
  | 'kellyMargin'
  | 'cagr'
  | 'sharpe'
  | 'sortino'
  | 'calmar';

/** Why each null metric is null, in words; a metric has an entry exactly when it is null. */
export type NullReasons<Id extends string = string> = Partial<Record<Id, string>>;

export interface StatsOptions {
  /** Override of the starting capital; otherwise derived (SPEC §2). */
  startingCapital?: number;
  /** Annual risk-free rate, decimal (default 0). */
  riskFreeRate?: number;
  /** A historical rate series (DTB3, ./risk-free): when given it replaces `riskFreeRate`, day by day. */
  riskFreeSeries?: RateSeries;
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
  /** wins / all trades (scratches count as trades); null without trades. */
  winRate: number | null;
  /** wins / (wins + losses); null without decided trades. */
  decidedWinRate: number | null;
  /** Mean P/L of the wins; null without wins. */
  avgWin: number | null;
  /** Mean |P/L| of the losses (a positive number); null without losses. */
  avgLoss: number | null;
  /** avgWin / avgLoss; null without wins or without losses. */
  payoff: number | null;
  /** Σ wins / Σ |losses|; null without losses. */
  profitFactor: number | null;
  /** Mean P/L per trade (scratches included); null without trades. */
  expectancy: number | null;
  /** Longest run of consecutive wins in trade order; a scratch ends the run. */
  maxWinStreak: number;
  /** Longest run of consecutive losses in trade order; a scratch ends the run. */
  maxLossStreak: number;
  /** Discrete Kelly on raw P/L, decided win rate (SPEC §3). null when undefined. */
  kelly: number | null;
  /** Kelly on P/L per contract (P/L / contracts, "normalized to 1 lot"). */
  kellyPerContract: number | null;
  /** Kelly on return on margin (P/L / Margin Req.); null when any trade lacks a margin. */
  kellyMargin: number | null;
  /** True when contract counts vary more than 2× (raw-P/L Kelly is not meaningful). */
  contractsVary: boolean;
  /** Why each null metric (trade and curve level) is null. */
  nullReasons: NullReasons<StatsMetricId>;
}

/** Curve-level statistics (from an equity curve). */
export interface CurveStats {
  /** Equity before the first trade (the portfolio's, also for each strategy's curve). */
  startingCapital: number;
  /** startingCapital + total P/L of every trade (also after a ruin: the log's own sum; see `ruin`). */
  finalEquity: number;
  /** Earliest date opened; null without trades. */
  firstDate: string | null;
  /** Latest date closed; null without trades. */
  lastDate: string | null;
  /** (final / start)^(365.25 / days) − 1, days = lastDate − firstDate; null when days = 0, final ≤ 0, it overflows, or after a ruin. */
  cagr: number | null;
  /** Max over days of (peak − equity) / peak, the peak starting at startingCapital; 0 without a dip; 1 (100%) after a ruin. */
  maxDrawdown: number;
  /** mean(r − rf/252) / sd(r, n−1) · √252 over business-day returns; null with < 2 days or sd 0. */
  sharpe: number | null;
  /** mean(r − rf/252) / √(mean(min(r − rf/252, 0)²)) · √252, all days; null without a day below rf. */
  sortino: number | null;
  /** CAGR / max drawdown; null when the drawdown is 0 or CAGR is null. */
  calmar: number | null;
  /** Share of days spent below the running peak (0 for an empty curve). */
  timeInDrawdown: number;
  /** Longest run of consecutive days below the running peak. */
  longestDrawdownDays: number;
  /** The day equity first reached 0 or below (the curve stops there); null when it never did. */
  ruin: Ruin | null;
  /** Why each null metric (trade and curve level) is null. */
  nullReasons: NullReasons<StatsMetricId>;
}

export interface PortfolioStats extends TradeStats, CurveStats {
  /** Realized-P/L curve on business days (first open .. last close, or .. the ruin date). */
  curve: EquityPoint[];
  /**
   * The series the drawdown, returns and CAGR were measured on: the marked-to-market curve
   * (Net Liquidity on business days, withdrawals added back, ./marked-curve) when
   * drawdownSource is 'daily-log', otherwise the same points as `curve`.
   */
  drawdownCurve: EquityPoint[];
  startingCapitalSource: StartingCapitalSource;
  /**
   * 'daily-log' when the starting capital came from the daily log and no strategy filter is
   * active (drawdown, CAGR, Sharpe, Sortino, Calmar from Net Liquidity, the Drawdown % column
   * is ignored);
   * otherwise 'trades' (the realized-P/L curve of the selected trades).
   */
  drawdownSource: DrawdownSource;
  /** Annual risk-free rate used by Sharpe and Sortino (decimal; daily rate = this / 252); 0 with a historical series. */
  riskFreeRate: number;
  /** The risk-free rate Sharpe and Sortino used: fixed, or the historical series (through which date, stale from which). */
  riskFree: RiskFreeUsed;
  /** Max drawdown of the closed-trade curve, always (equal to maxDrawdown when drawdownSource is 'trades'). */
  maxDrawdownClosedTrades: number;
  /** True when some selected trade was held past its open date (a closed-trade curve then understates the drawdown). */
  heldOvernight: boolean;
}

/** One strategy of the selection; its curve uses only its own trades, from the portfolio starting capital. */
export interface StrategyStats extends TradeStats, CurveStats {
  name: string;
  curve: EquityPoint[];
  /**
   * What the strategy's curve (CAGR, max drawdown, Sharpe, Sortino, Calmar) is built from:
   * 'pl' — its logged P/L from the starting capital; 'account-returns' — on a compounding log,
   * its trades' returns on the account's equity before each trade, compounded from the
   * starting capital (core/stats/strategy-curve).
   */
  curveBasis: StrategyCurveBasis;
}

export type StrategyCurveBasis = 'pl' | 'account-returns';

export interface StatsReport {
  portfolio: PortfolioStats;
  /** Strategies of the selected trades, sorted by name. */
  strategies: StrategyStats[];
  /** Plain sentences: open trades left out, default capital, contract counts varying, unusable inputs. */
  warnings: string[];
}

/** Filter applied before any statistic is computed. */
export interface TradeFilter {
  /** Strategy names to keep; absent or empty keeps all. */
  strategies?: string[];
  /** Inclusive ISO dates on the open date. */
  from?: string;
  to?: string;
}
