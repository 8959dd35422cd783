/**
 * EWMA weights by settled day: a bet settled `age` settled days before the as-of day weighs
 * 0.5^(age / half-life) (1 on the as-of day, ½ one half-life earlier). Ages count the log's
 * settled days (dates with at least one settled bet in the whole log), not calendar days.
 */

export function ewmaWeight(age: number, halfLife: number): number {
  return Math.pow(0.5, age / halfLife);
}
