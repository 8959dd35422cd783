/**
 * OptionOmega daily log adapter: `Date, Net Liquidity, Current Funds, Withdrawn, Trading
 * Funds, P/L, P/L %, Drawdown %`, all required on every row. Percent columns are kept as
 * exported (0.76 means 0.76%). Dates within the horizon and numbers within bounds
 * (plausible.ts). Rows are returned in date order.
 */
import type { DailyLogRow } from '../model';
import { HeaderIndex, isoDate, requiredNumber } from './cells';
import type { DateHorizon } from './plausible';
import { compareText } from './sort-trades';
import { convertRows, type CsvTable, type RowsResult } from './table';

export function readOptionOmegaDaily(table: CsvTable, index: HeaderIndex, horizon: DateHorizon): RowsResult<DailyLogRow> {
  const c = {
    date: index.column('Date'),
    netLiquidity: index.column('Net Liquidity'),
    currentFunds: index.column('Current Funds'),
    withdrawn: index.column('Withdrawn'),
    tradingFunds: index.column('Trading Funds'),
    pl: index.column('P/L'),
    plPct: index.column('P/L %'),
    drawdownPct: index.column('Drawdown %'),
  };
  const result = convertRows(table, (f): DailyLogRow => ({
    date: isoDate(f, c.date, horizon),
    netLiquidity: requiredNumber(f, c.netLiquidity),
    currentFunds: requiredNumber(f, c.currentFunds),
    withdrawn: requiredNumber(f, c.withdrawn),
    tradingFunds: requiredNumber(f, c.tradingFunds),
    pl: requiredNumber(f, c.pl),
    plPct: requiredNumber(f, c.plPct),
    drawdownPct: requiredNumber(f, c.drawdownPct),
  }));
  result.records.sort((a, b) => compareText(a.date, b.date));
  return result;
}
