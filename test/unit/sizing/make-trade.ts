// Builds Trade records for sizing tests: only the fields sizing reads need to be given.
import type { Trade } from '../../../core/model';

export function makeTrade(fields: Partial<Trade> & { pl: number }): Trade {
  return {
    strategy: 'S',
    symbol: '',
    dateOpened: '2025-01-06',
    timeOpened: '10:00:00',
    dateClosed: fields.dateOpened ?? '2025-01-06',
    timeClosed: '16:00:00',
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

/** One trade per business day from 2025-01-06 (Mon), P/L from the list. */
export function dailyTrades(pls: number[], fields: Partial<Trade> = {}): Trade[] {
  const start = Date.UTC(2025, 0, 6);
  const dates: string[] = [];
  for (let day = 0; dates.length < pls.length; day++) {
    const date = new Date(start + day * 86_400_000);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) dates.push(date.toISOString().slice(0, 10));
  }
  return pls.map((pl, i) => makeTrade({ ...fields, pl, dateOpened: dates[i], dateClosed: dates[i] }));
}
