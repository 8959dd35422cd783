/**
 * The convention behind every statistic, in the wording of SPEC-metrics.md (§1–3): the one
 * source of these texts. The app shows them as the tooltips of the Overview cards and table
 * headers, the report states them on its cover and in footnotes (core/report/conventions),
 * and docs/conventions.md carries them in its generated "Tooltip texts" section (a test
 * checks it), so a trader can reproduce each number by hand and every place says the same.
 */
import type { RiskFreeUsed } from '../stats/risk-free';
import type { DrawdownSource, PortfolioStats, StartingCapitalSource, StrategyCurveBasis } from '../stats/types';
import { formatText } from './number';

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
  | 'timeInDrawdown'
  | 'allocationCalendar'
  | 'allocationCorrelation'
  | 'allocationCovariance'
  | 'allocationMethods'
  | 'allocationFigures'
  | 'allocationKellyMargin'
  | 'allocationWalkForward'
  | 'sizingFraction'
  | 'sizingPlaceable'
  | 'sizingMarginNeed'
  | 'drawdownTarget'
  | 'kellyBand'
  | 'tailAwareKelly'
  | 'vixRegimes'
  | 'allocationTrials';

export interface Convention {
  /** How the number is computed. */
  text: string;
  /** Why the number can be undefined ("—") for a sample. */
  nullReason?: string;
}

/** Drawdown of a point, shared by every page that measures one. */
export const DRAWDOWN_FROM_PEAK = '(peak − equity) / peak, the peak starting at the starting capital';
/** How the equity curve is built (Overview, report). */
export const EQUITY_CURVE = "Equity curve: end-of-day equity on business days (Mon–Fri); a trade's P/L counts on its close date (a weekend close on the Friday before); days without closes carry equity forward.";
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
    text: `Max over business days of ${DRAWDOWN_FROM_PEAK}. With a daily log that belongs it is marked to market: Net Liquidity on business days, a withdrawal added back (the Drawdown % column is not used); else it is on closed trades. With a strategy filter the curve is built from that strategy's trades only.`,
  },
  sharpe: {
    text: `Daily return ${DAILY_RETURN}. Sharpe = mean(r − rf) / sd(r − rf, n−1) · √252, rf = annual risk-free rate / 252 (default 0), or each day's 3-month Treasury bill rate (FRED DTB3) / 100 / 252.`,
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
  allocationCalendar: { text: "Allocate: business days (Mon–Fri) from the latest first date to the earliest last date of the inputs. A strategy's return on a day = P/L of its trades closing that day (a weekend close on the Friday before; 0 without closes) ÷ its capital basis — the log's starting capital, or (Allocate page, “Each strategy's peak margin”) the strategy's own peak historical margin in use; a price file gives Adj Close simple returns. Weekly / monthly periods add a strategy's daily returns and compound an asset's." },
  allocationTrials: { text: "Configurations tried: every finished walk-forward on the Allocate page adds the number of methods it evaluated (the chosen one and those compared; the equal-weight baseline not counted) to a count kept in the workspace. The Deflated Sharpe's number of trials = the variants entered on the Sizing page (or --trials) + this count; the page and the report state it." },
  allocationCorrelation: { text: 'Allocate: Pearson, Spearman (Pearson of average ranks) or Kendall τ-b over every period of the shared calendar, on P/L or returns. A period is active for a strategy when one of its trades closes in it; pairs with fewer than 30 shared active periods are greyed.', nullReason: 'A constant series (no closes or no price change) has no correlation.' },
  allocationCovariance: { text: 'Allocate: sample covariance (n − 1), or Ledoit–Wolf shrinkage toward constant correlation (every pair at the average correlation; moments over n), with the intensity stated. A singular covariance gets a ridge of 1e-8 × the mean variance on its diagonal, and says so.' },
  allocationMethods: { text: 'Allocate: equal weight; inverse volatility (wᵢ ∝ 1/σᵢ); risk parity (equal shares wᵢ(Σw)ᵢ of the variance); minimum variance; maximum Sharpe (rf 0; every edge ≤ 0 → cash); exact Kelly argmax mean ln(1 + wᵀrₜ); Gaussian Kelly Σ⁻¹μ; the Kelly ones × the Kelly fraction. Fully invested methods sum to the ceiling; Kelly methods to at most the ceiling; every weight within min–max.' },
  allocationFigures: { text: 'Allocate, per method: expected return = mean period return × periods per year (252, 52, 12); volatility = sd (n − 1) × √periods per year; expected log growth = mean ln(1 + rₜ) per period; max drawdown of Π(1 + rₜ) from 1; risk contribution = wᵢ(Σw)ᵢ / wᵀΣw; Sharpe, max drawdown and CAGR with and without each asset (its weight set to 0).', nullReason: 'Log growth: a period loses everything. Risk contribution: the portfolio has no variance.' },
  allocationKellyMargin: { text: 'kelly-margin: contracts nᵢ per strategy maximizing mean ln(1 + Σ nᵢ·pᵢₜ / C) (pᵢₜ = P/L per contract of the trades closing on day t) with Σ nᵢ·mᵢ(τ) ≤ ceiling × C at every historical moment τ a position opens (mᵢ(τ) = margin per contract of strategy i\'s open positions, time-aware; a close frees its margin first); then × the Kelly fraction, then whole contracts (floor) and the log growth the rounding costs. Weight = nᵢ × the strategy\'s largest margin per contract ÷ C.' },
  sizingFraction: {
    text: 'Kelly fraction (Full 100%, Half 50%, Quarter 25%, custom 0–200%) multiplies the growth-optimal fraction f* = argmax mean ln(1 + f·rᵢ) of the empirical per-contract returns in risk units, by default; the classic p − q/b of the basis (shown as Kelly) is an explicit choice and on these logs often about twice f*. At half of f* the expected log growth is about 3/4 of its maximum with far smaller drawdowns; above f* more risk buys less growth, and a warning says so. Thorp\'s c = applied ÷ f*.',
  },
  sizingPlaceable: {
    text: "Placeable contracts: Kelly's contracts floor(applied × capital ÷ D) within three default caps, each named when it binds — (1) the strategies' applied fractions sum to at most 100% of capital (above it each is scaled by 100% ÷ the sum); (2) one repeat of a strategy's worst historical loss per contract costs at most 20% of capital; (3) the margin the contracts need at the historically busiest moment, max over moments t of Σᵢ nᵢ·mᵢₜ × the broker margin multiplier, stays within the margin ceiling (default 100% of capital): above it all strategies are scaled down by the same factor, floored to whole contracts, and the contracts the floors dropped are handed back by largest remainder while the need stays within the ceiling. Each cap can be lifted ('none').",
  },
  sizingMarginNeed: {
    text: "Margin need at the busiest moment: max over the moments t a position opens of Σᵢ nᵢ·mᵢₜ (× the broker margin multiplier), nᵢ = contracts per trade of strategy i, mᵢₜ = margin per contract of strategy i's positions open at t (open and close date and time; a close at the same timestamp frees its margin first; a log without times is taken by day and says so). Strategies that never hold positions together do not add up. Per strategy: its contracts × its own busiest margin per contract.",
    nullReason: 'No margin in the trade log.',
  },
  allocationWalkForward: { text: 'Walk-forward: each fold fits on its in-sample periods only, skips the purge, then trades its out-of-sample periods; an embargo delays the next out-of-sample period. Turnover Σ|Δw| × cost bps is charged on a fold\'s first period. Fold Calmar = the fold\'s CAGR ÷ its max drawdown; robustness = median and 25th-percentile fold Calmar and the share of losing folds.', nullReason: 'Calmar: the fold has no drawdown or its CAGR is undefined.' },
  drawdownTarget: { text: 'Drawdown target: the largest fraction f (risk units, like Kelly) with P(drawdown ≥ X within H) ≤ 1 − confidence, by Monte Carlo: equity × (1 + f·rᵢ) per trade (percent compounding), paths of H trades from the stationary block bootstrap over trades (mean block round(n^⅓)), the same paths for every f (so the probability rises with f), a bracketing search (16 fractions, then six passes of 4: resolution 1/65,536 of the largest fraction the worst trade allows). A horizon in days is trades at the log\'s pace (trades per business day). Contracts = floor(f × capital ÷ risk per contract); × Kelly = f ÷ the growth-optimal fraction.', nullReason: 'No trade lost (no drawdown to simulate), or no risk unit.' },
  kellyBand: { text: 'Kelly band: percentiles 5/25/50/75/95 of the growth-optimal fraction over block-bootstrap resamples of the trades (2,000 draws by default, seeded; stationary bootstrap, mean block round(n^⅓)). Its width shrinks like 1/√n, so halving it takes about 3n more trades. "Size at the Pth percentile" = that percentile × the Kelly fraction × the multiplier.', nullReason: 'Fewer than 2 trades, or no trade lost (unbounded).' },
  tailAwareKelly: { text: 'Tail-aware Kelly: the growth-optimal fraction with the maximum loss per contract (the largest margin per contract: a defined-risk spread\'s margin is its maximum loss) added to the trades at probability π (default 1/(n + 1): it has not happened yet, but it can), the trades sharing 1 − π.', nullReason: 'No trade has a margin (no known worst case).' },
  vixRegimes: { text: 'Volatility regimes: closed trades with an Opening VIX in half-open buckets [from, to) of the VIX level when they opened — quantile buckets (the i/K percentiles, linear interpolation) or your edges. Win rate = wins ÷ trades; P/L per contract = mean of P/L ÷ contracts; Kelly = p − q/b on P/L per contract (decided win rate), to compare the edge across regimes — not a recommended size.', nullReason: 'Kelly needs both a winning and a losing trade in the bucket.' },
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

/**
 * Why Monte Carlo dollar mode does not take the logged contracts of a compounding log (contracts
 * varying more than 2×): the Risk page disables that combination with it, the CLI refuses with it.
 */
export const COMPOUNDING_DOLLAR_LOG_TEXT =
  'resampling its absolute dollars would reorder position sizes that grew with equity, so the logged contracts cannot be resampled in dollar mode. Use percent mode (returns on equity, compounding), or a fixed or equity-based sizing rule in dollar mode';

/**
 * What a strategy row's curve (CAGR, max drawdown, Sharpe, Sortino, Calmar, time in drawdown)
 * is built from (core/stats/strategy-curve), for the strategy table's headers and note.
 */
export const STRATEGY_CURVE_TEXT: Record<StrategyCurveBasis, string> = {
  pl: "Per strategy: the strategy's own logged P/L added to the starting capital, on closed trades.",
  'account-returns':
    "Per strategy, on this compounding log (contract counts vary more than 2×): each trade's return on the account's equity before it (P/L ÷ (Funds at Close − P/L); without Funds at Close, ÷ the starting capital plus the P/L closed before), compounded from the starting capital in close order — the strategy's dollars were sized for the whole, growing account, so adding them to the starting capital would overstate its swings.",
};

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

/* Convention statements of issue 17 (SPEC-metrics §2, §3, §5): the max drawdown with its
 * source, the risk-free rate Sharpe and Sortino used, and a ruin threshold in words. */

/** A percent with one decimal, as the drawdown statement quotes it ("8.2%"). */
function pct1(value: number): string {
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/**
 * The max drawdown with its source, the one text for the app, CLI and report (SPEC §2, issue 17):
 * "max drawdown 8.2% marked-to-market (daily log); 7.0% on closed trades", or without a daily
 * log "max drawdown 7.0% on closed trades", followed by the understatement warning only when
 * some trade was held overnight.
 */
export function drawdownStatement(p: Pick<PortfolioStats, 'maxDrawdown' | 'maxDrawdownClosedTrades' | 'drawdownSource' | 'heldOvernight'>): string {
  if (p.drawdownSource === 'daily-log') return `max drawdown ${pct1(p.maxDrawdown)} marked-to-market (daily log); ${pct1(p.maxDrawdownClosedTrades)} on closed trades`;
  const base = `max drawdown ${pct1(p.maxDrawdown)} on closed trades`;
  return p.heldOvernight ? `${base} — understates the drawdown of positions held overnight (no daily log in use)` : base;
}

/** The risk-free rate Sharpe and Sortino used, in words (report footnote, CLI, app). */
export function riskFreeStatement(used: RiskFreeUsed): string {
  if (used.kind === 'fixed') return `rf = ${formatText(used.annualRate, 'percent')} a year / 252 (a fixed rate)`;
  const stale = used.staleFrom === null ? '' : `; the series ends ${used.through}, so from ${used.staleFrom} the rate is its last quote (stale)`;
  return `rf = each day's 3-month Treasury bill rate (FRED DTB3, series through ${used.through}) / 100 / 252${stale}`;
}

/** A ruin threshold x (fraction of the starting capital) in words, never bare (SPEC §5): "falls to 50% of start (a 50% loss)". */
export function ruinInWords(threshold: number): string {
  const keep = Math.round(threshold * 1e6) / 1e4;
  const loss = Math.round((1 - threshold) * 1e6) / 1e4;
  return `falls to ${keep}% of start (a ${loss}% loss)`;
}
