/**
 * Running per-contract statistics the sizing rules need (avg/max loss, Kelly's p and b,
 * optimal f), fed one closed trade at a time. In 'trailing' mode the replay feeds each
 * trade at its close, so a trade is sized only from trades closed before it opened; in
 * 'full-sample' mode all trades are fed up front (look-ahead, stated to the user).
 */
import { discreteKelly } from '../stats/discrete-kelly';
import { optimalF, type OptimalF } from '../sizing/optimal-f';

/** Optimal f is refitted when the sample grew by this factor or a new largest loss appeared. */
const OPTIMAL_F_REFIT_GROWTH = 1.25;

export class RunningEstimates {
  count = 0;
  losses = 0;
  wins = 0;
  lossSum = 0;
  winSum = 0;
  largestLoss = 0;
  private readonly values: Float64Array;
  private fit: OptimalF | null = null;
  private fitCount = 0;
  private fitLargestLoss = 0;

  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
  }

  add(perContractPl: number): void {
    this.values[this.count++] = perContractPl;
    if (perContractPl < 0) {
      this.losses++;
      this.lossSum -= perContractPl;
      if (-perContractPl > this.largestLoss) this.largestLoss = -perContractPl;
    } else if (perContractPl > 0) {
      this.wins++;
      this.winSum += perContractPl;
    }
  }

  /** Mean |P/L| per contract of losses; NaN without a loss. */
  averageLoss(): number {
    return this.losses > 0 ? this.lossSum / this.losses : NaN;
  }

  /** Discrete Kelly f* = p − q/b on per-contract P/L (decided win rate); NaN without a loss. */
  kelly(): number {
    if (this.losses === 0) return NaN;
    const p = this.wins / (this.wins + this.losses);
    const payoff = this.wins > 0 ? this.winSum / this.wins / (this.lossSum / this.losses) : 0;
    return payoff > 0 ? (discreteKelly(p, payoff) ?? -1) : -1;
  }

  /** Vince optimal f of the sample so far (refitted lazily); null when it is undefined (no loss, mean ≤ 0). */
  optimalF(): OptimalF | null {
    if (this.fitCount === 0 || this.count >= this.fitCount * OPTIMAL_F_REFIT_GROWTH || this.largestLoss !== this.fitLargestLoss) {
      this.fit = optimalF(this.values, this.count).value;
      this.fitCount = this.count;
      this.fitLargestLoss = this.largestLoss;
    }
    return this.fit;
  }
}
