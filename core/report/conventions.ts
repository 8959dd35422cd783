/**
 * The conventions behind the statistics (SPEC-metrics §1–2), stated in words for the report's
 * cover and footnotes so a reader can reproduce every number.
 */
import type { RiskFreeUsed } from '../stats/risk-free';
import type { PortfolioStats, StartingCapitalSource } from '../stats/types';
import { formatNumber } from './format';

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
  if (used.kind === 'fixed') return `rf = ${formatNumber(used.annualRate, 'percent')} a year / 252 (a fixed rate)`;
  const stale = used.staleFrom === null ? '' : `; the series ends ${used.through}, so from ${used.staleFrom} the rate is its last quote (stale)`;
  return `rf = each day's 3-month Treasury bill rate (FRED DTB3, series through ${used.through}) / 100 / 252${stale}`;
}

/** A ruin threshold x (fraction of the starting capital) in words, never bare (SPEC §5): "falls to 50% of start (a 50% loss)". */
export function ruinInWords(threshold: number): string {
  const keep = Math.round(threshold * 1e6) / 1e4;
  const loss = Math.round((1 - threshold) * 1e6) / 1e4;
  return `falls to ${keep}% of start (a ${loss}% loss)`;
}

const CAPITAL_SOURCE: Record<StartingCapitalSource, string> = {
  user: 'set by the user',
  'daily-log': "daily log: first Net Liquidity − first day's P/L",
  'funds-at-close': 'trade log: Funds at Close − P/L of the first trade to close',
  default: 'default (no capital in the data)',
};

export function statsConventions(portfolio: PortfolioStats): string[] {
  const drawdown =
    portfolio.drawdownSource === 'daily-log'
      ? `Marked-to-market: drawdown, CAGR, Sharpe, Sortino and Calmar use the daily log's Net Liquidity on business days (its Drawdown % column is not used; a withdrawal is not a loss): ${drawdownStatement(portfolio)}.`
      : `Max drawdown = max (peak − equity) / peak on the end-of-day equity curve rebuilt from closed-trade P/L; the peak starts at the starting capital: ${drawdownStatement(portfolio)}.`;
  return [
    'P/L is net of fees. Win: P/L > 0; loss: P/L < 0; scratch: P/L = 0. Win rate = wins / all trades; decided win rate = wins / (wins + losses).',
    `Starting capital ${formatNumber(portfolio.startingCapital, 'money')} (${CAPITAL_SOURCE[portfolio.startingCapitalSource]}).`,
    'Equity curve: end-of-day equity on business days (Mon–Fri); a trade’s P/L counts on its close date (a weekend close on the business day before).',
    drawdown,
    'CAGR = (final / start)^(365.25 / days) − 1, days from the first open to the last close. Calmar = CAGR / max drawdown.',
    `Sharpe = mean(r − rf) / sd(r − rf) · √252 on daily returns r = P/L / previous equity; Sortino uses the downside deviation over all days; ${riskFreeStatement(portfolio.riskFree)}.`,
    'Kelly f* = p − q / b with p the decided win rate and b = avg win / avg loss; per-contract Kelly uses P/L / contracts, margin Kelly uses P/L / Margin Req.',
  ];
}
