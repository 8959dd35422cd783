/**
 * Convention statements of issue 17 (SPEC-metrics §2, §3, §5), the one text for the app, the
 * CLI and the report: the max drawdown with its source (both drawdowns when the daily log is
 * in use), the risk-free rate Sharpe and Sortino used, and a ruin threshold in words.
 */
import { formatNumber } from '../report/format';
import type { RiskFreeUsed } from '../stats/risk-free';
import type { PortfolioStats } from '../stats/types';

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
