/**
 * Premium slippage per contract of a matched pair: live premium − backtest premium, both in
 * dollars per contract and signed as OptionOmega signs them (a credit received > 0, a debit
 * paid < 0). Positive = the live fill was better than the backtest assumed (more credit, or
 * less debit); negative = it cost money. Null when either premium is unknown.
 */

export function premiumSlippage(livePerContract: number | null, backtestPerContract: number | null): number | null {
  if (livePerContract === null || backtestPerContract === null) return null;
  return Math.round((livePerContract - backtestPerContract) * 1e6) / 1e6;
}
