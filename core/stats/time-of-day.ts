/**
 * Time of day of a trade's `HH:MM[:SS]` text, in seconds since midnight. One parser for every
 * module that orders trades within a day (replay, margin use, live matching).
 */

/** Seconds since midnight of `HH:MM[:SS]`; `fallback` when empty or malformed. */
export function secondsOfDay(time: string, fallback: number): number {
  // Fast path (called per trade by the margin timeline): `HH:MM` or `HH:MM:SS` of digits read
  // without allocating; the same value as the split below.
  const length = time.length;
  if ((length === 5 || length === 8) && time.charCodeAt(2) === 58 && (length === 5 || time.charCodeAt(5) === 58)) {
    const d = (i: number) => time.charCodeAt(i) - 48;
    const h0 = d(0), h1 = d(1), m0 = d(3), m1 = d(4);
    const s0 = length === 8 ? d(6) : 0, s1 = length === 8 ? d(7) : 0;
    if (h0 >= 0 && h0 <= 9 && h1 >= 0 && h1 <= 9 && m0 >= 0 && m0 <= 9 && m1 >= 0 && m1 <= 9 && s0 >= 0 && s0 <= 9 && s1 >= 0 && s1 <= 9) {
      return (h0 * 10 + h1) * 3600 + (m0 * 10 + m1) * 60 + s0 * 10 + s1;
    }
  }
  const parts = time.split(':');
  if (parts.length < 2) return fallback;
  const [h, m, s] = parts.map(Number);
  const seconds = h * 3600 + m * 60 + (s || 0);
  return Number.isFinite(seconds) ? seconds : fallback;
}

/** The last second of a day: a close without a time counts at the end of its day. */
export const END_OF_DAY_SECONDS = 86399;
