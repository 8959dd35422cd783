/** Builds synthetic trades and daily-log rows for the stats tests: only the fields a test names differ from neutral defaults. */
import type { DailyLogRow, Trade } from '../../../core/model';

export function trade(fields: Partial<Trade> & Pick<Trade, 'dateOpened' | 'pl'>): Trade {
  return {
    strategy: 'S',
    symbol: '',
    timeOpened: '10:00:00',
    dateClosed: fields.dateOpened,
    timeClosed: '15:00:00',
    contracts: 1,
    fees: 0,
    premium: null,
    marginReq: null,
    fundsAtClose: null,
    maxLossPct: null,
    maxProfitPct: null,
    openingPrice: null,
    closingPrice: null,
    legs: '',
    reasonForClose: '',
    ...fields,
  };
}

export function dailyRow(date: string, netLiquidity: number, pl: number, drawdownPct = 0): DailyLogRow {
  return { date, netLiquidity, currentFunds: netLiquidity, withdrawn: 0, tradingFunds: netLiquidity, pl, plPct: 0, drawdownPct };
}
