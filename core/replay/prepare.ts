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

/**
 * Memoizes a string → number parser (dates and times repeat across trades, mostly in runs).
 * The last-seen shortcut starts empty (undefined), so the first text — an empty time of a
 * date-only log included — is always parsed.
 */
function memo(parse: (text: string) => number): (text: string) => number {
  const cache = new Map<string, number>();
  let lastText: string | undefined;
  let lastValue = 0;
  return (text) => {
    if (text === lastText) return lastValue;
    let value = cache.get(text);
    if (value === undefined) cache.set(text, (value = parse(text)));
    lastText = text;
    lastValue = value;
    return value;
  };
}

/**
 * Indices 0..n−1 ordered by `key` ascending, ties by index: one native numeric sort of
 * packed keys (key rank · n + index) when they fit in 2^53 exactly, else a comparator sort.
 */
function orderBy(key: Float64Array): Int32Array {
  const n = key.length;
  const order = new Int32Array(n);
  if (n === 0) return order;
  let low = Infinity;
  let high = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    if (key[i] < low) low = key[i];
    if (key[i] > high) high = key[i];
    if (!Number.isInteger(key[i])) integral = false;
  }
  if (integral && (high - low + 1) * n < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (key[i] - low) * n + i;
    packed.sort();
    for (let i = 0; i < n; i++) order[i] = packed[i] % n;
    return order;
  }
  const indices = Array.from({ length: n }, (_, i) => i).sort((a, b) => key[a] - key[b] || a - b);
  order.set(indices);
  return order;
}

export function prepareReplayInput(trades: readonly Trade[]): ReplayInput {
  const warnings: string[] = [];
  const day = memo(dayNumber);
  const openSeconds = memo((time) => secondsOfDay(time, 0));
  const closeSeconds = memo((time) => secondsOfDay(time, END_OF_DAY));
  const kept: Trade[] = [];
  const opens: number[] = [];
  const closes: number[] = [];
  const openDates: number[] = [];
  const closeDates: number[] = [];
  let stillOpen = 0;
  for (const trade of trades) {
    if (trade.dateClosed === null) {
      stillOpen++;
      continue;
    }
    const openDate = day(trade.dateOpened);
    const closeDate = day(trade.dateClosed);
    const open = openDate * 86400 + openSeconds(trade.timeOpened);
    const close = closeDate * 86400 + closeSeconds(trade.timeClosed);
    if (!Number.isFinite(open) || !Number.isFinite(close) || close < open || !(trade.contracts > 0)) {
      warnings.push(`left out the trade opened ${trade.dateOpened} ${trade.timeOpened} (${trade.strategy}): ${close < open ? 'it closes before it opens' : 'bad dates or contracts'}`);
      continue;
    }
    kept.push(trade);
    opens.push(open);
    closes.push(close);
    openDates.push(openDate);
    closeDates.push(closeDate);
  }
  if (stillOpen > 0) warnings.push(`left out ${stillOpen} trade${stillOpen === 1 ? '' : 's'} still open (no realized P/L)`);
  // Open order: date and time opened, then Funds at Close (SPEC §1); most logs arrive sorted or reversed.
  const order = kept.map((_, i) => i);
  const before = (a: number, b: number) => opens[a] - opens[b] || (kept[a].fundsAtClose ?? 0) - (kept[b].fundsAtClose ?? 0);
  let sorted = true;
  for (let i = 1; i < order.length && sorted; i++) sorted = before(i - 1, i) <= 0;
  if (!sorted) order.sort(before);

  const count = order.length;
  const input: ReplayInput = {
    count,
    openTime: new Float64Array(count),
    closeTime: new Float64Array(count),
    closeOrder: new Int32Array(count),
    logContracts: new Float64Array(count),
    pl: new Float64Array(count),
    grossPerContract: new Float64Array(count),
    marginPerContract: new Float64Array(count),
    maxLossPerContract: new Float64Array(count),
    strategy: new Int32Array(count),
    strategies: [],
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
  for (let k = 0; k < count; k++) {
    firstOpen = Math.min(firstOpen, openDates[k]);
    lastClose = Math.max(lastClose, closeDates[k]);
  }
  // Business days from the first open to the last close; a weekend date maps to the Friday before.
  const calendarStart = businessDayOnOrBefore(firstOpen);
  const businessDays = businessDaysBetween(calendarStart, lastClose);
  input.dates = businessDays.map(isoDate);
  input.spanDays = lastClose - firstOpen;
  const dayIndex = new Int32Array(lastClose - calendarStart + 1);
  businessDays.forEach((day, index) => (dayIndex[day - calendarStart] = index));
  const indexOf = (day: number) => dayIndex[businessDayOnOrBefore(day) - calendarStart];

  const strategyIndex = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const k = order[i];
    const t = kept[k];
    let strategy = strategyIndex.get(t.strategy);
    if (strategy === undefined) {
      strategy = input.strategies.push(t.strategy) - 1;
      strategyIndex.set(t.strategy, strategy);
    }
    input.strategy[i] = strategy;
    input.maxLossPerContract[i] = t.maxLossPct === null || t.premium === null ? NaN : (Math.abs(t.maxLossPct) / 100) * Math.abs(t.premium);
    input.openTime[i] = opens[k];
    input.closeTime[i] = closes[k];
    input.logContracts[i] = t.contracts;
    input.pl[i] = t.pl;
    input.grossPerContract[i] = (t.pl + t.fees) / t.contracts;
    input.marginPerContract[i] = t.marginReq === null ? NaN : t.marginReq / t.contracts;
    input.openWeekday[i] = weekday(openDates[k]);
    input.closeDay[i] = indexOf(closeDates[k]);
    input.openDay[i] = indexOf(openDates[k]);
    input.fundsAtClose[i] = t.fundsAtClose ?? NaN;
  }
  const byClose = orderBy(input.closeTime);
  for (let first = 0; first < count; ) {
    let end = first + 1;
    while (end < count && input.closeTime[byClose[end]] === input.closeTime[byClose[first]]) end++;
    if (end - first > 1) byClose.set(followFundsChain(Array.from(byClose.subarray(first, end)), input), first);
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
