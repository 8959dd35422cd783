/**
 * Turns trades into the typed-array replay input: open order (date, time opened, Funds at
 * Close), close order, per-contract P/L and margin, weekdays and the business-day calendar.
 * Done once per log; every scenario reuses it.
 */
import type { Trade } from '../model';
import { businessDayOnOrBefore, businessDaysBetween, dayNumber, isoDate } from '../stats';
import { secondsOfDay, weekday } from './calendar';
import type { ReplayInput } from './types';

const END_OF_DAY = 86399;

/** Memoizes a string → number parser (dates and times repeat across trades). */
function memo(parse: (text: string) => number): (text: string) => number {
  const cache = new Map<string, number>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) cache.set(text, (value = parse(text)));
    return value;
  };
}

export function prepareReplayInput(trades: readonly Trade[]): ReplayInput {
  const warnings: string[] = [];
  const day = memo(dayNumber);
  const openSeconds = memo((time) => secondsOfDay(time, 0));
  const closeSeconds = memo((time) => secondsOfDay(time, END_OF_DAY));
  const kept: Trade[] = [];
  const opens: number[] = [];
  const closes: number[] = [];
  let stillOpen = 0;
  for (const trade of trades) {
    if (trade.dateClosed === null) {
      stillOpen++;
      continue;
    }
    const open = day(trade.dateOpened) * 86400 + openSeconds(trade.timeOpened);
    const close = day(trade.dateClosed) * 86400 + closeSeconds(trade.timeClosed);
    if (!Number.isFinite(open) || !Number.isFinite(close) || close < open || !(trade.contracts > 0)) {
      warnings.push(`left out the trade opened ${trade.dateOpened} ${trade.timeOpened} (${trade.strategy}): ${close < open ? 'it closes before it opens' : 'bad dates or contracts'}`);
      continue;
    }
    kept.push(trade);
    opens.push(open);
    closes.push(close);
  }
  if (stillOpen > 0) warnings.push(`left out ${stillOpen} trade${stillOpen === 1 ? '' : 's'} still open (no realized P/L)`);
  // Open order: date and time opened, then Funds at Close (SPEC §1); most logs arrive sorted or reversed.
  const order = kept.map((_, i) => i);
  const before = (a: number, b: number) => opens[a] - opens[b] || (kept[a].fundsAtClose ?? 0) - (kept[b].fundsAtClose ?? 0);
  let sorted = true;
  for (let i = 1; i < order.length && sorted; i++) sorted = before(i - 1, i) <= 0;
  if (!sorted) order.sort(before);
  const keyed = order.map((i) => ({ trade: kept[i], open: opens[i], close: closes[i], openDate: day(kept[i].dateOpened), closeDate: day(kept[i].dateClosed!) }));

  const count = keyed.length;
  const input: ReplayInput = {
    count,
    openTime: new Float64Array(count),
    closeTime: new Float64Array(count),
    closeOrder: new Int32Array(count),
    logContracts: new Float64Array(count),
    pl: new Float64Array(count),
    grossPerContract: new Float64Array(count),
    marginPerContract: new Float64Array(count),
    openWeekday: new Uint8Array(count),
    closeDay: new Int32Array(count),
    openDay: new Int32Array(count),
    dates: [],
    spanDays: 0,
    fundsAtClose: new Float64Array(count),
    warnings,
  };
  if (count === 0) return input;

  let firstOpen = Infinity;
  let lastClose = -Infinity;
  for (const k of keyed) {
    firstOpen = Math.min(firstOpen, k.openDate);
    lastClose = Math.max(lastClose, k.closeDate);
  }
  // Business days from the first open to the last close; a weekend date maps to the Friday before.
  const calendarStart = businessDayOnOrBefore(firstOpen);
  const businessDays = businessDaysBetween(calendarStart, lastClose);
  input.dates = businessDays.map(isoDate);
  input.spanDays = lastClose - firstOpen;
  const dayIndex = new Int32Array(lastClose - calendarStart + 1);
  businessDays.forEach((day, index) => (dayIndex[day - calendarStart] = index));
  const indexOf = (day: number) => dayIndex[businessDayOnOrBefore(day) - calendarStart];

  keyed.forEach((k, i) => {
    const t = k.trade;
    input.openTime[i] = k.open;
    input.closeTime[i] = k.close;
    input.logContracts[i] = t.contracts;
    input.pl[i] = t.pl;
    input.grossPerContract[i] = (t.pl + t.fees) / t.contracts;
    input.marginPerContract[i] = t.marginReq === null ? NaN : t.marginReq / t.contracts;
    input.openWeekday[i] = weekday(k.openDate);
    input.closeDay[i] = indexOf(k.closeDate);
    input.openDay[i] = indexOf(k.openDate);
    input.fundsAtClose[i] = t.fundsAtClose ?? NaN;
  });
  const byClose = Array.from({ length: count }, (_, i) => i).sort((a, b) => input.closeTime[a] - input.closeTime[b] || a - b);
  for (let first = 0; first < count; ) {
    let end = first + 1;
    while (end < count && input.closeTime[byClose[end]] === input.closeTime[byClose[first]]) end++;
    if (end - first > 1) byClose.splice(first, end - first, ...followFundsChain(byClose.slice(first, end), input));
    first = end;
  }
  input.closeOrder.set(byClose);
  return input;
}

/** Cents: Funds at Close and P/L are compared to this tolerance. */
const CHAIN_TOLERANCE = 0.005;

/**
 * Orders trades that close at the same second the way the log realized them: each one's
 * Funds at Close − P/L is the previous one's Funds at Close. Keeps open order when the log
 * has no Funds at Close or the chain is ambiguous.
 */
function followFundsChain(group: number[], input: ReplayInput): number[] {
  const before = (i: number) => input.fundsAtClose[i] - input.pl[i];
  const follows = (i: number, j: number) => Math.abs(before(j) - input.fundsAtClose[i]) < CHAIN_TOLERANCE;
  const heads = group.filter((j) => !group.some((i) => i !== j && follows(i, j)));
  if (heads.length !== 1) return group;
  const chain = [heads[0]];
  while (chain.length < group.length) {
    const last = chain[chain.length - 1];
    const next = group.filter((j) => !chain.includes(j) && follows(last, j));
    if (next.length !== 1) return group;
    chain.push(next[0]);
  }
  return chain;
}
