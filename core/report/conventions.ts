/**
 * The conventions behind the statistics (SPEC-metrics §1–2), stated in words for the report's
 * cover and footnotes so a reader can reproduce every number.
 */
import { drawdownStatement, riskFreeStatement } from '../conventions/statements';
import type { PortfolioStats, StartingCapitalSource } from '../stats/types';
import { formatNumber } from './format';

export { drawdownStatement, riskFreeStatement, ruinInWords } from '../conventions/statements';

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
