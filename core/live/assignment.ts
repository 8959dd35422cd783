/**
 * Minimum-cost assignment (the Hungarian method, Kuhn–Munkres with potentials, O(n²·m)) of
 * the rows of a cost matrix to distinct columns, and on top of it the maximum matching of
 * smallest total cost among allowed pairs:
 *
 *   maximise the number of allowed pairs, then minimise the sum of their costs,
 *
 * by giving a forbidden pair the cost M = K · C + 1 (K = min(rows, columns), C = the largest
 * allowed cost): one more allowed pair always saves more than any rearrangement of costs can
 * add, so the minimum-cost assignment has the most allowed pairs, and among those the least
 * cost. Forbidden pairs are dropped from the result. The per strategy-day sets it runs on are
 * small (a few trades), so the cubic cost is negligible.
 */

/**
 * Column assigned to each row (length rows), for rows ≤ columns, minimising Σ cost[i][col[i]].
 * `cost` is row-major, rows × columns.
 */
function hungarian(cost: Float64Array, rows: number, columns: number): Int32Array {
  // 1-based potentials u (rows), v (columns); way[j] = previous column on the augmenting path.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(columns + 1);
  const rowOf = new Int32Array(columns + 1); // rowOf[j] = 1-based row matched to column j, 0 = free
  const way = new Int32Array(columns + 1);
  const minTo = new Float64Array(columns + 1);
  const used = new Uint8Array(columns + 1);
  for (let i = 1; i <= rows; i++) {
    rowOf[0] = i;
    let j0 = 0;
    minTo.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOf[j0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= columns; j++) {
        if (used[j]) continue;
        const reduced = cost[(i0 - 1) * columns + (j - 1)] - u[i0] - v[j];
        if (reduced < minTo[j]) {
          minTo[j] = reduced;
          way[j] = j0;
        }
        if (minTo[j] < delta) {
          delta = minTo[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= columns; j++) {
        if (used[j]) {
          u[rowOf[j]] += delta;
          v[j] -= delta;
        } else minTo[j] -= delta;
      }
      j0 = j1;
    } while (rowOf[j0] !== 0);
    do {
      const j1 = way[j0];
      rowOf[j0] = rowOf[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const columnOf = new Int32Array(rows);
  for (let j = 1; j <= columns; j++) if (rowOf[j] !== 0) columnOf[rowOf[j] - 1] = j - 1;
  return columnOf;
}

/**
 * The pairs [a, b] (a < countA, b < countB) of a maximum matching with the least total cost;
 * `cost(a, b)` returns a cost ≥ 0, or null for a forbidden pair. Sorted by a.
 */
export function optimalMatching(countA: number, countB: number, cost: (a: number, b: number) => number | null): Array<[number, number]> {
  if (countA === 0 || countB === 0) return [];
  const transpose = countA > countB;
  const rows = transpose ? countB : countA;
  const columns = transpose ? countA : countB;
  const allowed = new Float64Array(rows * columns).fill(-1);
  let largest = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const value = transpose ? cost(c, r) : cost(r, c);
      if (value === null) continue;
      allowed[r * columns + c] = value;
      if (value > largest) largest = value;
    }
  }
  const forbidden = rows * largest + 1;
  const matrix = new Float64Array(rows * columns);
  for (let k = 0; k < matrix.length; k++) matrix[k] = allowed[k] < 0 ? forbidden : allowed[k];
  const columnOf = hungarian(matrix, rows, columns);
  const pairs: Array<[number, number]> = [];
  for (let r = 0; r < rows; r++) {
    const c = columnOf[r];
    if (allowed[r * columns + c] < 0) continue;
    pairs.push(transpose ? [c, r] : [r, c]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}
