/**
 * Builds synthetic Trade records for the unit tests: every field has a neutral default (one
 * contract, no fees, unknown margin and prices, closed the day it opened), so a test names
 * only the fields it is about.
 */
import type { Trade } from '../../../core/model';

/** A closed trade on Monday 2025-01-06, 10:00 → 15:00, P/L 0; `overrides` replace any field (dateClosed follows dateOpened unless given). */
export function makeTrade(overrides: Partial<Trade> = {}): Trade {
  const dateOpened = overrides.dateOpened ?? '2025-01-06';
  return {
    strategy: 'S',
    symbol: '',
    dateOpened,
    timeOpened: '10:00:00',
    dateClosed: dateOpened,
    timeClosed: '15:00:00',
    contracts: 1,
    pl: 0,
    fees: 0,
    premium: null,
    marginReq: null,
    fundsAtClose: null,
    maxLossPct: null,
    maxProfitPct: null,
    openingPrice: null,
    closingPrice: null,
    openingVix: null,
    legs: '',
    reasonForClose: '',
    ...overrides,
  };
}

/** A trade with every nullable field known, as a full OptionOmega row has it (for round trips through storage). */
export function populatedTrade(overrides: Partial<Trade> = {}): Trade {
  return makeTrade({
    strategy: 'Test',
    symbol: 'SPX',
    dateOpened: '2025-03-03',
    dateClosed: '2025-03-03',
    timeClosed: '16:00:00',
    pl: 100,
    fees: 1.5,
    premium: 2.5,
    marginReq: 5000,
    fundsAtClose: 100100,
    maxLossPct: -20,
    maxProfitPct: 100,
    openingPrice: 5800.25,
    closingPrice: 5810.5,
    openingVix: 17.25,
    legs: '1 Mar 3 5800 P STO 2.50',
    reasonForClose: 'Expired',
    ...overrides,
  });
}

/** The first `count` business days (Mon–Fri) from Monday 2025-01-06, as YYYY-MM-DD. */
function businessDays(count: number): string[] {
  const days: string[] = [];
  for (const day = new Date(Date.UTC(2025, 0, 6)); days.length < count; day.setUTCDate(day.getUTCDate() + 1)) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

/** One trade per business day from Monday 2025-01-06 with the P/L of the list, opened and closed that day; `fields` apply to every trade. */
export function dailyTrades(pls: number[], fields: Partial<Trade> = {}): Trade[] {
  const days = businessDays(pls.length);
  return pls.map((pl, i) => makeTrade({ ...fields, dateOpened: days[i], dateClosed: days[i], pl }));
}
