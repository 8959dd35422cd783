/**
 * OptionOmega trade log adapter. Conventions (DESIGN "Inputs" 1):
 * - `P/L` is already net of fees; `fees` = Opening + Closing Commissions + Fees when those
 *   columns exist, else 0.
 * - `Premium` becomes dollars per contract. OptionOmega writes it without a decimal point
 *   as cents of the quoted option price, which is the same number as dollars per contract
 *   (a $4.20 quote × 100 multiplier = 420 → 420). A value written with a decimal point is the
 *   quote itself in dollars and is multiplied by 100 (2.5 → 250).
 * - `Margin Req.` is the trade's margin; `Funds at Close` the running account equity.
 * - Blank or missing `Strategy` → "Unknown"; `symbol` from `Underlying` when present, else ''.
 * - `Max Loss` / `Max Profit` → maxLossPct / maxProfitPct. A blank `Date Closed` is an open trade.
 * - `Opening VIX` (newer exports) → openingVix: blank or absent → null; a negative level is refused.
 * - Dates within the horizon, closed not before opened, numbers within bounds (plausible.ts).
 * The result is sorted with sortTrades (date opened, time opened, Funds at Close).
 */
import type { Trade } from '../model';
import { HeaderIndex, isoDate, contractCount, vixLevel, optionalIsoDate, optionalNumber, requiredNumber, text, time, trimmed } from './cells';
import { checkClosedAfterOpened, checkComputedAmount, type DateHorizon } from './plausible';
import { sortTrades } from './sort-trades';
import { StringPool } from './string-pool';
import { convertRows, type CsvTable, type RowsResult } from './table';

/** Dollars per contract from the `Premium` cell (see the module comment). */
export function premiumPerContract(raw: string, value: number): number {
  return raw.includes('.') ? Math.round(value * 100 * 1e6) / 1e6 : value;
}

export function readOptionOmegaTrades(table: CsvTable, index: HeaderIndex, horizon: DateHorizon): RowsResult<Trade> {
  const c = {
    dateOpened: index.column('Date Opened'),
    timeOpened: index.column('Time Opened'),
    openingPrice: index.column('Opening Price'),
    legs: index.column('Legs'),
    premium: index.column('Premium'),
    closingPrice: index.column('Closing Price'),
    dateClosed: index.column('Date Closed'),
    timeClosed: index.column('Time Closed'),
    reasonForClose: index.column('Reason For Close'),
    pl: index.column('P/L'),
    contracts: index.column('No. of Contracts'),
    fundsAtClose: index.column('Funds at Close'),
    marginReq: index.column('Margin Req.'),
    strategy: index.column('Strategy'),
    openingFees: index.column('Opening Commissions + Fees'),
    closingFees: index.column('Closing Commissions + Fees'),
    maxProfit: index.column('Max Profit'),
    maxLoss: index.column('Max Loss'),
    underlying: index.column('Underlying'),
    openingVix: index.column('Opening VIX'),
  };
  const pool = new StringPool();
  const result = convertRows(table, (f): Trade => {
    const premium = optionalNumber(f, c.premium);
    const dateOpened = isoDate(f, c.dateOpened, horizon);
    const timeOpened = time(f, c.timeOpened);
    const dateClosed = optionalIsoDate(f, c.dateClosed, horizon);
    const timeClosed = time(f, c.timeClosed);
    if (dateClosed !== null) checkClosedAfterOpened({ date: dateOpened, time: timeOpened }, { date: dateClosed, time: timeClosed }, c.dateClosed.name, c.timeClosed.name);
    const fees = (optionalNumber(f, c.openingFees) ?? 0) + (optionalNumber(f, c.closingFees) ?? 0);
    return {
      strategy: pool.intern(trimmed(f, c.strategy) || 'Unknown'),
      symbol: pool.intern(trimmed(f, c.underlying)),
      dateOpened: pool.intern(dateOpened),
      timeOpened: pool.intern(timeOpened),
      dateClosed: dateClosed === null ? null : pool.intern(dateClosed),
      timeClosed: pool.intern(timeClosed),
      contracts: contractCount(f, c.contracts),
      pl: requiredNumber(f, c.pl),
      fees: checkComputedAmount(fees, c.closingFees.name, 'fees (opening + closing)'),
      premium: premium === null ? null : checkComputedAmount(premiumPerContract(text(f, c.premium), premium), c.premium.name, 'premium per contract'),
      marginReq: optionalNumber(f, c.marginReq),
      fundsAtClose: optionalNumber(f, c.fundsAtClose),
      maxLossPct: optionalNumber(f, c.maxLoss),
      maxProfitPct: optionalNumber(f, c.maxProfit),
      openingPrice: optionalNumber(f, c.openingPrice),
      closingPrice: optionalNumber(f, c.closingPrice),
      legs: text(f, c.legs),
      reasonForClose: pool.intern(text(f, c.reasonForClose)),
      openingVix: vixLevel(f, c.openingVix),
    };
  });
  return { ...result, records: sortTrades(result.records) };
}
