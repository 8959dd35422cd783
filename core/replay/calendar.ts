/**
 * Time of day and weekday helpers for ordering replay events; dates and business days come
 * from core/stats (one calendar convention for every curve).
 */

export { secondsOfDay } from '../stats/time-of-day';

/** Day of week of a day number (days since 1970-01-01): 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
