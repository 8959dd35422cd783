/**
 * Time-aware margin concurrency (SPEC-metrics §3 "Margin use"): the positions open at each
 * moment a position opens. A trade is open from its open date and time to its close date and
 * time; at equal timestamps closes come before opens, so a close frees its margin (and
 * realizes its P/L) first. A trade without a time counts from the start of its open day to
 * the end of its close day, which is the day-level convention (all positions open on a date
 * count as open together; equity at the start of that day) — the timeline says when it used it.
 *
 * One timeline serves every margin figure: the recorded margin use (`margin-use.ts`), the
 * margin a set of contracts per strategy needs at the busiest moment (`peak-need.ts`), the
 * placeable contracts, the alerts and the margin-feasible Kelly of the allocator.
 */
import type { Trade } from '../model';
import { dayNumber, END_OF_DAY_SECONDS, isoDate, secondsOfDay } from '../stats';

/** How the moments were timed: every trade has times, none has, or some have. */
export type MarginLevel = 'time' | 'day' | 'mixed';

export interface MarginTimeline {
  level: MarginLevel;
  /** Trades timed by day only (no open or close time). */
  datedOnly: number;
  /** Trades without a positive margin: they count as 0 margin. */
  withoutMargin: number;
  /** Strategy names, in order of first appearance; the index of `perContract`. */
  strategies: string[];
  /** Number of distinct opening moments. */
  count: number;
  /** Per moment: days since 1970-01-01 and seconds of day of the opening moment. */
  day: Int32Array;
  second: Int32Array;
  /** Whether the trades opening at the moment carried a time (false: day level). */
  timed: Uint8Array;
  /** Realized equity at the moment: starting capital + P/L of the trades closed before it. */
  equity: Float64Array;
  /** Recorded margin of every position open at the moment (dollars). */
  margin: Float64Array;
  /** moment-major, `count × strategies.length`: Σ margin per contract of each strategy's open positions. */
  perContract: Float64Array;
  /** moment-major, `count × strategies.length`: recorded margin (dollars) of each strategy's open positions. */
  marginByStrategy: Float64Array;
}

/** `HH:MM` by second of day (at most 86,400 entries), so a long timeline labels without re-formatting. */
const clockTexts = new Map<number, string>();

/** A moment's date and time as text: `YYYY-MM-DD` and `HH:MM` ('' at day level). */
export function momentLabel(timeline: MarginTimeline, k: number): { date: string; time: string } {
  const date = isoDate(timeline.day[k]);
  if (!timeline.timed[k]) return { date, time: '' };
  const s = timeline.second[k];
  let time = clockTexts.get(s);
  if (time === undefined) {
    time = `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;
    clockTexts.set(s, time);
  }
  return { date, time };
}

/**
 * `indices` ordered by `key` ascending, ties by index (a stable order). A log is usually
 * already in time order (or reversed): those are detected in one pass instead of sorted.
 */
function orderBy(key: Float64Array, indices: Uint32Array): Uint32Array {
  let ascending = true;
  for (let k = 1; k < indices.length && ascending; k++) ascending = key[indices[k - 1]] <= key[indices[k]];
  if (ascending) return indices;
  return indices.sort((a, b) => key[a] - key[b] || a - b);
}

/** Sums that may cancel to a few ulps below zero are clamped to 0. */
function clean(value: number, scale: number): number {
  return Math.abs(value) <= 1e-9 * Math.max(1, scale) ? 0 : value;
}

export function marginTimeline(trades: readonly Trade[], startingCapital: number): MarginTimeline {
  const strategies: string[] = [];
  const strategyIndex = new Map<string, number>();
  const n = trades.length;
  const openAt = new Float64Array(n);
  const closeAt = new Float64Array(n);
  const who = new Int32Array(n);
  const perContract = new Float64Array(n);
  const margin = new Float64Array(n);
  const hasTime = new Uint8Array(n);
  let datedOnly = 0;
  let withoutMargin = 0;
  for (let i = 0; i < n; i++) {
    const t = trades[i];
    let s = strategyIndex.get(t.strategy);
    if (s === undefined) {
      s = strategies.length;
      strategies.push(t.strategy);
      strategyIndex.set(t.strategy, s);
    }
    who[i] = s;
    const openSecond = secondsOfDay(t.timeOpened, -1);
    const closeSecond = t.dateClosed === null ? 0 : secondsOfDay(t.timeClosed, -1);
    const timed = openSecond >= 0 && closeSecond >= 0;
    hasTime[i] = timed ? 1 : 0;
    if (!timed) datedOnly++;
    openAt[i] = dayNumber(t.dateOpened) * 86400 + (timed ? openSecond : 0);
    closeAt[i] = t.dateClosed === null ? Infinity : dayNumber(t.dateClosed) * 86400 + (timed ? closeSecond : END_OF_DAY_SECONDS);
    // A position closed at the instant it opened is open at that moment only: half a second
    // later no other moment (whole seconds) can see it.
    if (closeAt[i] <= openAt[i]) closeAt[i] = openAt[i] + 0.5;
    const m = t.marginReq !== null && t.marginReq > 0 && t.contracts > 0 ? t.marginReq : 0;
    if (m === 0) withoutMargin++;
    margin[i] = m;
    perContract[i] = m === 0 ? 0 : m / t.contracts;
  }
  const byOpen = orderBy(openAt, Uint32Array.from({ length: n }, (_, i) => i));
  const byClose = orderBy(closeAt, Uint32Array.from(Array.from({ length: n }, (_, i) => i).filter((i) => Number.isFinite(closeAt[i]))));

  const S = strategies.length;
  const momentDay: number[] = [];
  const momentSecond: number[] = [];
  const momentTimed: number[] = [];
  const momentEquity: number[] = [];
  const momentMargin: number[] = [];
  let momentPer = new Float64Array(Math.max(1, Math.min(n, 1024)) * S);
  let momentBy = new Float64Array(momentPer.length);
  const openPer = new Float64Array(S);
  const openBy = new Float64Array(S);
  let openMargin = 0;
  let equity = startingCapital;
  let c = 0;
  for (let o = 0; o < n; ) {
    const at = openAt[byOpen[o]];
    // Closes at or before this moment first (a close at the same timestamp frees its margin first).
    while (c < byClose.length && closeAt[byClose[c]] <= at) {
      const j = byClose[c++];
      equity += trades[j].pl;
      openMargin = clean(openMargin - margin[j], margin[j]);
      openPer[who[j]] = clean(openPer[who[j]] - perContract[j], perContract[j]);
      openBy[who[j]] = clean(openBy[who[j]] - margin[j], margin[j]);
    }
    let timed = 0;
    for (; o < n && openAt[byOpen[o]] === at; o++) {
      const i = byOpen[o];
      // A trade that closes at its own opening moment (or before it) is never open at a later moment.
      openMargin += margin[i];
      openPer[who[i]] += perContract[i];
      openBy[who[i]] += margin[i];
      if (hasTime[i]) timed = 1;
    }
    momentDay.push(Math.floor(at / 86400));
    momentSecond.push(at - Math.floor(at / 86400) * 86400);
    momentTimed.push(timed);
    momentEquity.push(equity);
    momentMargin.push(openMargin);
    const row = (momentDay.length - 1) * S;
    if (row + S > momentPer.length) {
      const grownPer = new Float64Array(momentPer.length * 2);
      grownPer.set(momentPer);
      momentPer = grownPer;
      const grownBy = new Float64Array(momentBy.length * 2);
      grownBy.set(momentBy);
      momentBy = grownBy;
    }
    momentPer.set(openPer, row);
    momentBy.set(openBy, row);
  }
  const count = momentDay.length;
  const level: MarginLevel = datedOnly === 0 ? 'time' : datedOnly === n ? 'day' : 'mixed';
  return {
    level,
    datedOnly,
    withoutMargin,
    strategies,
    count,
    day: Int32Array.from(momentDay),
    second: Int32Array.from(momentSecond),
    timed: Uint8Array.from(momentTimed),
    equity: Float64Array.from(momentEquity),
    margin: Float64Array.from(momentMargin),
    perContract: momentPer.slice(0, count * S),
    marginByStrategy: momentBy.slice(0, count * S),
  };
}
