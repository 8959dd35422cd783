/**
 * The domain records every import adapter produces and every computation consumes.
 * Money is plain numbers in account currency; dates are ISO `YYYY-MM-DD` strings,
 * times `HH:MM:SS` (empty string when the source has none).
 */

/** One closed (or still open) trade, normalised from any trade-log format. */
export interface Trade {
  /** Strategy name; blank in the source becomes "Unknown". */
  strategy: string;
  /** Underlying / symbol when the source has one, else ''. */
  symbol: string;
  dateOpened: string;
  timeOpened: string;
  /** null while the trade is still open. */
  dateClosed: string | null;
  timeClosed: string;
  /** Number of contracts (or shares/units); always > 0. */
  contracts: number;
  /** Realised P/L, net of fees. */
  pl: number;
  /** Total commissions and fees of the trade (0 when unknown). */
  fees: number;
  /** Premium in dollars per contract, null when unknown. OptionOmega writes it in cents of the
   *  quoted price, which is the same number (a 4.20 credit × 100 = 420); a value with a decimal
   *  point is a quote in dollars and is multiplied by 100. */
  premium: number | null;
  /** Margin (buying power) of the whole trade, null when unknown. */
  marginReq: number | null;
  /** Running account equity after the trade closed (OptionOmega), null when unknown. */
  fundsAtClose: number | null;
  /** OptionOmega "Max Loss" column (percent of premium, negative), null when unknown. */
  maxLossPct: number | null;
  /** OptionOmega "Max Profit" column (percent of premium), null when unknown. */
  maxProfitPct: number | null;
  openingPrice: number | null;
  closingPrice: number | null;
  legs: string;
  reasonForClose: string;
  /** OptionOmega "Opening VIX" column (VIX level when the trade opened, ≥ 0), null when the
   *  log has no such column or the cell is blank. Issue 18 §6 (volatility regimes). */
  openingVix: number | null;
}

/** One row of an OptionOmega daily log. */
export interface DailyLogRow {
  date: string;
  netLiquidity: number;
  currentFunds: number;
  withdrawn: number;
  tradingFunds: number;
  pl: number;
  /** As exported (percent, e.g. 0.76 means 0.76%). Informational only. */
  plPct: number;
  /** As exported (percent). Never trusted for drawdown: recomputed from netLiquidity. */
  drawdownPct: number;
}

/** One live fill from an OptionOmega reporting log. */
export interface ReportingTrade {
  strategy: string;
  dateOpened: string;
  timeOpened: string;
  openingPrice: number | null;
  legs: string;
  initialPremium: number | null;
  contracts: number;
  pl: number;
  closingPrice: number | null;
  dateClosed: string | null;
  timeClosed: string;
  avgClosingCost: number | null;
  reasonForClose: string;
}
