/** The guard at core's edge: a number that is not finite (overflow, 0/0) becomes null. */
export function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
