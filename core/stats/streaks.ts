/**
 * Longest runs of consecutive wins and of consecutive losses, in trade order (date opened,
 * time opened, Funds at Close). Convention: a scratch (P/L exactly 0) ENDS both a winning
 * and a losing streak — it is neither a win nor a loss, so it cannot extend either run.
 */

export interface Streaks {
  maxWinStreak: number;
  maxLossStreak: number;
}

/** Longest win and loss runs of a P/L sequence given in trade order. */
export function longestStreaks(pls: number[]): Streaks {
  let maxWinStreak = 0;
  let maxLossStreak = 0;
  let winRun = 0;
  let lossRun = 0;
  for (let i = 0; i < pls.length; i++) {
    const pl = pls[i];
    winRun = pl > 0 ? winRun + 1 : 0;
    lossRun = pl < 0 ? lossRun + 1 : 0;
    maxWinStreak = Math.max(maxWinStreak, winRun);
    maxLossStreak = Math.max(maxLossStreak, lossRun);
  }
  return { maxWinStreak, maxLossStreak };
}
