/** Test helper: a synthetic closed trade with sensible defaults. */
import type { Trade } from '../../../core/model';

export function makeTrade(fields: Partial<Trade> & { dateOpened: string; pl: number }): Trade {
  return {
    strategy: 'Test',
    symbol: '',
    timeOpened: '10:00:00',
    dateClosed: fields.dateOpened,
    timeClosed: '15:00:00',
    contracts: 1,
    fees: 0,
    premium: null,
    marginReq: 1000,
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

/** One trade per business day from 2025-01-06 (a Monday), opened 10:00 and closed 15:00 the same day. */
export function dailyTrades(pls: number[], fields: Partial<Trade> = {}): Trade[] {
  const days: string[] = [];
  const day = new Date(Date.UTC(2025, 0, 6));
  while (days.length < pls.length) {
    const w = day.getUTCDay();
    if (w !== 0 && w !== 6) days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return pls.map((pl, i) => makeTrade({ ...fields, dateOpened: days[i], dateClosed: days[i], pl }));
}
