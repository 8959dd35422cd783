/**
 * Whole dollars by the largest-remainder method: each amount is rounded down, then the
 * dollars left over (floor of the exact total − Σ floors) go one each to the largest
 * remainders (equal to 1e-9: the earlier entry). The result sums to the exact total rounded down, so
 * within a dollar of it, and no amount moves by a dollar or more.
 */

export function wholeDollars(amounts: readonly number[]): number[] {
  const total = Math.floor(amounts.reduce((sum, a) => sum + a, 0) + 1e-9);
  const floors = amounts.map((a) => Math.floor(a + 1e-9));
  let left = total - floors.reduce((sum, a) => sum + a, 0);
  // Remainders compared to 1e-9, so float noise (37.50000000000001 vs 112.49999999999999) is a tie.
  const order = amounts.map((a, i) => ({ i, remainder: Math.round((a - floors[i]) * 1e9) })).sort((x, y) => y.remainder - x.remainder || x.i - y.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors;
}
