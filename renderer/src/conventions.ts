/**
 * The convention behind every statistic the app shows, in the wording of SPEC-metrics.md
 * (§1–3). These texts are the tooltips of the Overview cards and table headers, so a
 * trader can reproduce each number by hand. One place, so every page says the same thing.
 */
import type { DrawdownSource, StartingCapitalSource } from '../../core/stats/types';

export type MetricId =
  | 'trades'
  | 'totalPl'
  | 'winRate'
  | 'decidedWinRate'
  | 'startingCapital'
  | 'finalEquity'
  | 'cagr'
  | 'maxDrawdown'
  | 'sharpe'
  | 'sortino'
  | 'calmar'
  | 'profitFactor'
  | 'expectancy'
  | 'kelly'
  | 'kellyPerContract'
  | 'kellyMargin'
  | 'avgWin'
  | 'avgLoss'
  | 'payoff'
  | 'streaks'
  | 'timeInDrawdown';

export interface Convention {
  /** How the number is computed. */
  text: string;
  /** Why the number can be undefined ("—") for a sample. */
  nullReason?: string;
}

/** Drawdown of a point, shared by every page that measures one. */
export const DRAWDOWN_FROM_PEAK = '(peak − equity) / peak, the peak starting at the starting capital';
/** The daily return of the Sharpe ratios (Overview, edge realism). */
export const DAILY_RETURN = 'r = P/L of the day / equity of the previous business day';
const NEEDS_WINS_AND_LOSSES = 'Undefined: needs both winning and losing trades.';

const KELLY_BASE =
  'Discrete Kelly f* = p − q / b with p = decided win rate wins / (wins + losses), q = 1 − p, b = avg win / avg loss. ' +
  'Meaning: risk f* of equity per trade, where "risk" is what an average loss costs.';

export const conventions: Record<MetricId, Convention> = {
  trades: { text: 'Trades in the current filter. Win: P/L > 0; loss: P/L < 0; scratch: P/L = 0.' },
  totalPl: { text: 'Sum of trade P/L, net of fees (OptionOmega P/L is already net; a generic import states whether its P/L column includes fees).' },
  winRate: { text: 'Win rate = wins / all trades (scratches count as trades). Kelly uses the decided win rate wins / (wins + losses).', nullReason: 'No trades.' },
  decidedWinRate: { text: 'Decided win rate p = wins / (wins + losses): a scratch neither grows nor shrinks capital.', nullReason: 'No decided (winning or losing) trades.' },
  startingCapital: { text: "Daily log present → first Net Liquidity − first day's P/L; else Funds at Close − P/L of the first trade to close (Funds at Close is equity when that trade closed). The user can override it." },
  finalEquity: { text: 'Starting capital plus the P/L of every trade in the filter.' },
  cagr: {
    text: 'CAGR = (final / start)^(365.25 / days) − 1, days = last close − first open.',
    nullReason: 'Undefined: the span is shorter than a day or final equity is not positive.',
  },
  maxDrawdown: {
    text: `Max over business days of ${DRAWDOWN_FROM_PEAK}. With a daily log it is recomputed from Net Liquidity (the Drawdown % column is not trusted). With a strategy filter the curve is built from that strategy's trades only.`,
  },
  sharpe: {
    text: `Daily return ${DAILY_RETURN}. Sharpe = mean(r − rf) / sd(r, n−1) · √252, rf = annual risk-free rate / 252 (default 0).`,
    nullReason: 'Undefined: fewer than two days or no variation in daily returns.',
  },
  sortino: {
    text: 'Sortino = mean(r − rf) / √(mean(min(r − rf, 0)²)) · √252, all days in the mean; daily returns as for Sharpe.',
    nullReason: 'Undefined: no day with a return below the risk-free rate.',
  },
  calmar: { text: 'Calmar (MAR) = CAGR / max drawdown.', nullReason: 'Undefined: no drawdown, or CAGR is undefined.' },
  profitFactor: { text: 'Profit factor = Σ wins / Σ |losses|.', nullReason: 'Undefined: no losing trades.' },
  expectancy: { text: 'Expectancy = mean P/L per trade.', nullReason: 'No trades.' },
  kelly: { text: `${KELLY_BASE} Computed on raw trade P/L; not meaningful when contract counts vary more than 2× (a compounding backtest).`, nullReason: NEEDS_WINS_AND_LOSSES },
  kellyPerContract: { text: `${KELLY_BASE} Computed on P/L per contract (P/L / contracts, normalized to 1 lot).`, nullReason: NEEDS_WINS_AND_LOSSES },
  kellyMargin: {
    text: `${KELLY_BASE} Computed on return on margin (P/L / Margin Req.); f* is then the fraction of equity to commit as margin.`,
    nullReason: 'Undefined: needs margin on every trade and both winning and losing trades.',
  },
  avgWin: { text: 'Avg win W = mean P/L of winning trades.', nullReason: 'No winning trades.' },
  avgLoss: { text: 'Avg loss L = mean |P/L| of losing trades (a positive amount).', nullReason: 'No losing trades.' },
  payoff: { text: 'Payoff b = avg win / avg loss.', nullReason: NEEDS_WINS_AND_LOSSES },
  streaks: { text: 'Longest runs of consecutive winning and losing trades, trades sorted by date opened, time opened, then Funds at Close; a scratch ends a run.' },
  timeInDrawdown: { text: 'Share of days on which equity is below its running peak (the drawdown curve: daily log or business days of realized P/L), and the longest such run in days.' },
};

const startingCapitalSources: Record<StartingCapitalSource, string> = {
  user: 'Set by you.',
  'daily-log': "From the daily log: first Net Liquidity − first day's P/L.",
  'funds-at-close': 'From the trade log: Funds at Close − P/L of the first trade to close.',
  default: 'No source in the data: the default starting capital is used.',
};

const drawdownSources: Record<DrawdownSource, string> = {
  'daily-log': 'Marked to market: from the daily log\'s Net Liquidity (open positions valued at each close; a withdrawal is not a loss). The closed-trade drawdown is shown beside it.',
  trades: 'On closed trades only (equity curve of realized P/L): positions held overnight are not marked, so their drawdown is understated unless a daily log that belongs is imported.',
};

export function startingCapitalSourceText(source: StartingCapitalSource): string {
  return startingCapitalSources[source];
}

export function drawdownSourceText(source: DrawdownSource): string {
  return drawdownSources[source];
}

/** What a "day" of time in drawdown is, for the curve the drawdown was measured on (core/stats/drawdown). */
const drawdownDays: Record<DrawdownSource, string> = {
  'daily-log':
    "Here the days are business days (Mon–Fri) from the first open to the last close: equity is the daily log's Net Liquidity at each day's close (carried forward on a day without a row); the share is days below the peak ÷ all days, and the longest run counts consecutive days.",
  trades:
    'Here the days are business days (Monday–Friday; holidays are not removed) from the first open to the last close: equity is the starting capital plus the P/L realized by the end of each, the share is days below the peak ÷ all those days, and the longest run counts consecutive business days.',
};

export function drawdownDaysText(source: DrawdownSource): string {
  return drawdownDays[source];
}
