/**
 * Live premium in dollars per contract. The OptionOmega reporting log's `Initial Premium` is
 * the quote of one contract (4.2 = $4.20 of option price), stored as exported by the
 * importer; dollars per contract = quote × 100 (the index-option multiplier), rounded to
 * 1e-6 to drop binary noise (4.2 × 100 = 420.00000000000006). The backtest's `Premium` is
 * already dollars per contract after import (core/import/optionomega-trades
 * `premiumPerContract`, which applies the same × 100 to a quote written with a decimal point).
 */

export const CONTRACT_MULTIPLIER = 100;

export function livePremiumPerContract(quote: number | null): number | null {
  return quote === null ? null : Math.round(quote * CONTRACT_MULTIPLIER * 1e6) / 1e6;
}
