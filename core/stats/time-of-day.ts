/**
 * Time of day of a trade's `HH:MM[:SS]` text, in seconds since midnight. One parser for every
 * module that orders trades within a day (replay, margin use, live matching).
 */

/** Seconds since midnight of `HH:MM[:SS]`; `fallback` when empty or malformed. */
export function secondsOfDay(time: string, fallback: number): number {
  const parts = time.split(':');
  if (parts.length < 2) return fallback;
  const [h, m, s] = parts.map(Number);
  const seconds = h * 3600 + m * 60 + (s || 0);
  return Number.isFinite(seconds) ? seconds : fallback;
}

/** The last second of a day: a close without a time counts at the end of its day. */
export const END_OF_DAY_SECONDS = 86399;
