/**
 * The conventions behind the statistics (SPEC-metrics §1–2), stated in words for the report's
 * cover and footnotes so a reader can reproduce every number. The texts are those of
 * core/format/conventions (the app's tooltips and docs/conventions.md), with the report's own
 * numbers (starting capital, risk-free rate) filled in.
 */
import { conventions, drawdownSourceText, drawdownStatement, EQUITY_CURVE, riskFreeStatement, startingCapitalSourceText } from '../format/conventions';
import type { DailyOnlyStats } from '../stats/daily-only';
import type { PortfolioStats } from '../stats/types';
import { formatNumber } from './format';

export { drawdownStatement, riskFreeStatement, ruinInWords } from '../format/conventions';

export function statsConventions(portfolio: PortfolioStats): string[] {
  return [
    `${conventions.totalPl.text} ${conventions.trades.text} ${conventions.winRate.text}`,
    `Starting capital ${formatNumber(portfolio.startingCapital, 'money')}. ${startingCapitalSourceText(portfolio.startingCapitalSource)}`,
    EQUITY_CURVE,
    `${conventions.maxDrawdown.text} ${drawdownSourceText(portfolio.drawdownSource)} Here: ${drawdownStatement(portfolio)}.`,
    `${conventions.cagr.text} ${conventions.calmar.text}`,
    `${conventions.sharpe.text} ${conventions.sortino.text} Risk-free rate here: ${riskFreeStatement(portfolio.riskFree)}.`,
    `${conventions.kellyPerContract.text} Margin Kelly: P/L / Margin Req.`,
  ];
}

/** The conventions of a daily log without a trade log (the report's footnotes). */
export function dailyOnlyConventions(d: DailyOnlyStats): string[] {
  return [
    `Starting capital ${formatNumber(d.startingCapital, 'money')}. ${startingCapitalSourceText('daily-log')}`,
    `No trade log: the curve is the daily log's Net Liquidity on business days from ${d.firstDate} to ${d.lastDate} (marked to market; a day without a row carries it forward; a withdrawal is not a loss).`,
    `${conventions.maxDrawdown.text} ${conventions.cagr.text} (days = last − first daily-log date) ${conventions.calmar.text}`,
    `${conventions.sharpe.text} ${conventions.sortino.text} Risk-free rate here: ${riskFreeStatement(d.riskFree)}.`,
  ];
}
