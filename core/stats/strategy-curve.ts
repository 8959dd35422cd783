/**
 * A strategy's own curve on a compounding log (contract counts varying more than 2×, SPEC §1):
 * the log sized each trade for the whole account at the time, so a strategy's dollars are only
 * meaningful as returns on that account. Each trade's return is rᵢ = P/Lᵢ ÷ the account's
 * equity before the trade — `Funds at Close`ᵢ − P/Lᵢ when every trade has `Funds at Close`,
 * else the starting capital + the P/L of all the account's trades that closed before it
 * (close date, then time) — capped below at −1 (SPEC §5). The strategy's curve compounds its
 * own returns from the starting capital in close order: P/L′ᵢ = rᵢ · E, E ← E + P/L′ᵢ. The
 * rescaled trades feed the usual curve statistics (./curve-stats), so CAGR, max drawdown,
 * Sharpe, Sortino and Calmar are those of that compounded curve; trade statistics stay on
 * the logged P/L.
 */
import type { Trade } from '../model';

/** Close date, then close time, then the given order (a stable sort on the closed trades). */
function inCloseOrder(trades: Trade[]): Trade[] {
  return trades
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (a.t.dateClosed! < b.t.dateClosed! ? -1 : a.t.dateClosed! > b.t.dateClosed! ? 1 : a.t.timeClosed < b.t.timeClosed ? -1 : a.t.timeClosed > b.t.timeClosed ? 1 : a.i - b.i))
    .map(({ t }) => t);
}

/** Each closed trade's return on the account's equity before it (see the module header); −1 when that equity is not positive. */
export function returnsOnAccountEquity(accountTrades: Trade[], startingCapital: number): Map<Trade, number> {
  const closed = accountTrades.filter((t) => t.dateClosed !== null);
  const withFunds = closed.every((t) => t.fundsAtClose !== null && Number.isFinite(t.fundsAtClose));
  const returns = new Map<Trade, number>();
  let running = startingCapital;
  for (const t of inCloseOrder(closed)) {
    const before = withFunds ? t.fundsAtClose! - t.pl : running;
    running += t.pl;
    returns.set(t, before > 0 ? Math.max(-1, t.pl / before) : -1);
  }
  return returns;
}

/** The strategy's trades with P/L rescaled to its own compounded curve from `startingCapital` (see the module header). */
export function compoundedTrades(strategyTrades: Trade[], returns: Map<Trade, number>, startingCapital: number): Trade[] {
  let equity = startingCapital;
  const rescaled = new Map<Trade, Trade>();
  for (const t of inCloseOrder(strategyTrades.filter((x) => x.dateClosed !== null))) {
    const pl = (returns.get(t) ?? 0) * Math.max(equity, 0);
    equity += pl;
    rescaled.set(t, { ...t, pl });
  }
  return strategyTrades.map((t) => rescaled.get(t) ?? t);
}
