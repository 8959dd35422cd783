/**
 * Daily returns of an equity curve (SPEC-metrics §2) — the one implementation, used by the
 * statistics (Sharpe, Sortino), the replay's curve metrics, the Sizing page's realism, the
 * report's realism section and the Monte Carlo's daily pool:
 *
 *   r_t = (E_t − E_{t−1}) ÷ E_{t−1} = P/L_t ÷ E_{t−1},  E before the first day = starting capital.
 *
 * Returns are undefined from the first day whose equity before is ≤ 0 (ruin) or whose return is
 * not a finite number: the series stops there and `complete` is false.
 */

export interface CurveReturns {
  returns: number[];
  /** False when the series stopped early (equity before a day ≤ 0, or a non-finite return). */
  complete: boolean;
}

/** Appends r = P/L ÷ equity before to `returns`; false when it is undefined (equity before ≤ 0, or not finite). */
function push(returns: number[], pl: number, before: number): boolean {
  if (!(before > 0)) return false;
  const r = pl / before;
  if (!Number.isFinite(r)) return false;
  returns.push(r);
  return true;
}

/** Returns of days `from` … end of `equity` (end-of-day equity), the day before `from` being `before`. */
export function curveReturns(before: number, equity: ArrayLike<number>, from = 0): CurveReturns {
  const returns: number[] = [];
  let previous = before;
  for (let t = from; t < equity.length; t++) {
    if (!push(returns, equity[t] - previous, previous)) return { returns, complete: false };
    previous = equity[t];
  }
  return { returns, complete: true };
}

/**
 * The returns of a curve given as daily P/L from `startingCapital`; null when they are undefined
 * somewhere. P/L_t is used as given (not as a difference of equities), so a P/L far below the
 * equity's rounding (−1e-300 on 1,000) still counts.
 */
export function dailyReturns(startingCapital: number, dailyPl: ArrayLike<number>): number[] | null {
  const returns: number[] = [];
  let equity = startingCapital;
  for (let t = 0; t < dailyPl.length; t++) {
    if (!push(returns, dailyPl[t], equity)) return null;
    equity += dailyPl[t];
  }
  return returns;
}
