/**
 * Time of day and weekday helpers for ordering replay events; dates and business days come
 * from core/stats (one calendar convention for every curve).
 */

/** Seconds since midnight of `HH:MM[:SS]`; `fallback` when empty or malformed. */
export function secondsOfDay(time: string, fallback: number): number {
  const parts = time.split(':');
  if (parts.length < 2) return fallback;
  const [h, m, s] = parts.map(Number);
  const seconds = h * 3600 + m * 60 + (s || 0);
  return Number.isFinite(seconds) ? seconds : fallback;
}

/** Day of week of a day number (days since 1970-01-01): 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
