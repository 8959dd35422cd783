/**
 * The learned allocator's features (issue 13 "Dataset"). Row t decides the weights held on
 * business day t and reads only days ≤ t − 1 (the close before the rebalance). Per leg, over the
 * last L days r_{t−L..t−1}: trailing compounded return Π(1 + r) − 1 for L = 1, 5, 21, 63;
 * volatility sd(n − 1) for 5, 21, 63; downside volatility √(mean min(r, 0)²) for 5, 21, 63; the
 * 63-day max drawdown (peak from 1) and recovery speed (share of that drawdown regained since its
 * trough ÷ days since the trough; 0 without a drawdown); hit rate (share of r > 0) for 21 and
 * 63; payoff ratio mean(r | r > 0) ÷ |mean(r | r < 0)| over 63 (capped at 10; 10 without a loss,
 * 0 without a win); trend = equity ÷ its 63-day mean − 1; slope = least-squares slope of ln equity
 * over 21 days. Per pair of legs: the 63-day Pearson correlation and its change over 21 days.
 * Extra numeric leg columns: their value on day t − 1 (lagged one day; forward-filled from the
 * last dated value). The first row is day 84 (63 + 21 days of history) or the day after every
 * extra column has a value, whichever is later.
 */
import type { LearnLegs } from './legs';

export interface FeatureMatrix {
  names: string[];
  /** Rows: business-day indices first..T − 1; X row-major rows × F. */
  first: number;
  rows: number;
  F: number;
  X: Float64Array;
}

export const FEATURE_HISTORY = 84;

function compounded(r: Float64Array, from: number, to: number): number {
  let e = 1;
  for (let s = from; s < to; s++) e *= 1 + r[s];
  return e - 1;
}

function sd(r: Float64Array, from: number, to: number): number {
  const n = to - from;
  let m = 0;
  for (let s = from; s < to; s++) m += r[s];
  m /= n;
  let ss = 0;
  for (let s = from; s < to; s++) ss += (r[s] - m) ** 2;
  return n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
}

function downside(r: Float64Array, from: number, to: number): number {
  let ss = 0;
  for (let s = from; s < to; s++) if (r[s] < 0) ss += r[s] * r[s];
  return Math.sqrt(ss / (to - from));
}

function drawdownAndRecovery(r: Float64Array, from: number, to: number): [number, number] {
  let e = 1;
  let peak = 1;
  let best = 0;
  let bestPeak = 1;
  let trough = 1;
  let troughAt = from;
  for (let s = from; s < to; s++) {
    e *= 1 + r[s];
    if (e > peak) peak = e;
    const dd = (peak - e) / peak;
    if (dd > best) {
      best = dd;
      bestPeak = peak;
      trough = e;
      troughAt = s;
    }
  }
  if (best <= 0) return [0, 0];
  const regained = Math.min(1, Math.max(0, (e - trough) / (bestPeak - trough)));
  return [best, regained / Math.max(1, to - 1 - troughAt)];
}

function hitRate(r: Float64Array, from: number, to: number): number {
  let k = 0;
  for (let s = from; s < to; s++) if (r[s] > 0) k++;
  return k / (to - from);
}

function payoff(r: Float64Array, from: number, to: number): number {
  let w = 0;
  let nw = 0;
  let l = 0;
  let nl = 0;
  for (let s = from; s < to; s++) {
    if (r[s] > 0) {
      w += r[s];
      nw++;
    } else if (r[s] < 0) {
      l -= r[s];
      nl++;
    }
  }
  if (nw === 0) return 0;
  if (nl === 0 || l === 0) return 10;
  return Math.min(10, w / nw / (l / nl));
}

function trendAndSlope(r: Float64Array, to: number): [number, number] {
  // Equity over the last 63 days, ending at day to − 1.
  let e = 1;
  let sum = 0;
  const eq = new Float64Array(63);
  for (let j = 0; j < 63; j++) {
    e *= 1 + r[to - 63 + j];
    eq[j] = e;
    sum += e;
  }
  const trend = e / (sum / 63) - 1;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let j = 0; j < 21; j++) {
    const y = Math.log(eq[42 + j]);
    sx += j;
    sy += y;
    sxx += j * j;
    sxy += j * y;
  }
  const slope = (21 * sxy - sx * sy) / (21 * sxx - sx * sx);
  return [trend, slope];
}

function correlation(a: Float64Array, b: Float64Array, from: number, to: number): number {
  const n = to - from;
  let ma = 0;
  let mb = 0;
  for (let s = from; s < to; s++) {
    ma += a[s];
    mb += b[s];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let s = from; s < to; s++) {
    sab += (a[s] - ma) * (b[s] - mb);
    saa += (a[s] - ma) ** 2;
    sbb += (b[s] - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

export function featureNames(legs: LearnLegs): string[] {
  const names: string[] = [];
  for (const leg of legs.names) {
    for (const L of [1, 5, 21, 63]) names.push(`${leg} return ${L}d`);
    for (const L of [5, 21, 63]) names.push(`${leg} volatility ${L}d`);
    for (const L of [5, 21, 63]) names.push(`${leg} downside volatility ${L}d`);
    names.push(`${leg} max drawdown 63d`, `${leg} recovery speed 63d`, `${leg} hit rate 21d`, `${leg} hit rate 63d`, `${leg} payoff ratio 63d`, `${leg} trend 63d`, `${leg} slope 21d`);
  }
  for (let i = 0; i < legs.names.length; i++) for (let j = i + 1; j < legs.names.length; j++) names.push(`${legs.names[i]}–${legs.names[j]} correlation 63d`, `${legs.names[i]}–${legs.names[j]} correlation change 21d`);
  for (const x of legs.extras) names.push(`${x.leg} ${x.name} (lagged 1d)`);
  return names;
}

/** The first row with every feature defined. */
export function firstFeatureRow(legs: LearnLegs): number {
  let first = FEATURE_HISTORY;
  for (const x of legs.extras) {
    let k = 0;
    while (k < x.values.length && Number.isNaN(x.values[k])) k++;
    first = Math.max(first, k + 1);
  }
  return first;
}

export function buildFeatures(legs: LearnLegs): FeatureMatrix {
  const names = featureNames(legs);
  const F = names.length;
  const T = legs.dates.length;
  const first = firstFeatureRow(legs);
  const rows = Math.max(0, T - first);
  const X = new Float64Array(rows * F);
  for (let row = 0; row < rows; row++) {
    const t = first + row;
    let f = row * F;
    for (const r of legs.returns) {
      for (const L of [1, 5, 21, 63]) X[f++] = compounded(r, t - L, t);
      for (const L of [5, 21, 63]) X[f++] = sd(r, t - L, t);
      for (const L of [5, 21, 63]) X[f++] = downside(r, t - L, t);
      const [dd, rec] = drawdownAndRecovery(r, t - 63, t);
      X[f++] = dd;
      X[f++] = rec;
      X[f++] = hitRate(r, t - 21, t);
      X[f++] = hitRate(r, t - 63, t);
      X[f++] = payoff(r, t - 63, t);
      const [trend, slope] = trendAndSlope(r, t);
      X[f++] = trend;
      X[f++] = slope;
    }
    const R = legs.returns;
    for (let i = 0; i < R.length; i++) {
      for (let j = i + 1; j < R.length; j++) {
        const now = correlation(R[i], R[j], t - 63, t);
        X[f++] = now;
        X[f++] = now - correlation(R[i], R[j], t - 84, t - 21);
      }
    }
    for (const x of legs.extras) X[f++] = x.values[t - 1];
  }
  return { names, first, rows, F, X };
}
