// Tail-aware Kelly: the growth-optimal fraction with the maximum loss added at probability π
// equals a brute-force argmax over a fine grid of (1 − π)·mean ln(1 + f·rᵢ) + π·ln(1 + f·x).
import { describe, expect, it } from 'vitest';
import type { Trade } from '../../../core/model';
import { growthOptimalWithTail, tailAwareKelly } from '../../../core/sizing/tail-aware-kelly';

function bruteForce(returns: number[], worst: number, pi: number): number {
  const limit = 1 / Math.max(pi > 0 ? -worst : 0, ...returns.map((r) => -r));
  let best = 0;
  let bestValue = 0;
  for (let i = 1; i < 200000; i++) {
    const f = (limit * i) / 200000;
    const value = (1 - pi) * (returns.reduce((s, r) => s + Math.log(1 + f * r), 0) / returns.length) + (pi > 0 ? pi * Math.log(1 + f * worst) : 0);
    if (value > bestValue) {
      bestValue = value;
      best = f;
    }
  }
  return best;
}

const returns = [0.6, 0.6, 0.6, -1, 0.6, 0.6, -1, 0.6, 0.6, 0.6, -1.2, 0.6];

describe('tail-aware Kelly', () => {
  it.each([0, 1 / 13, 0.02, 0.005])('equals the brute-force argmax at π = %f', (pi) => {
    const worst = -8;
    const f = growthOptimalWithTail(returns, worst, pi) as number;
    expect(Math.abs(f - bruteForce(returns, worst, pi))).toBeLessThan(1e-5);
  });

  it('takes the maximum loss from the largest margin per contract, in risk units of D, at π = 1/(n + 1) by default', () => {
    const trade = (pl: number, margin: number): Trade => ({ pl, contracts: 2, marginReq: margin, dateClosed: '2025-01-02', strategy: 'S' }) as Trade;
    const trades = [trade(200, 3000), trade(200, 3000), trade(-100, 3000), trade(200, 4000), trade(-300, 3000)];
    // D = average loss per contract = (50 + 150) / 2 = 100; max loss per contract = 4000 / 2 = 2000 → x = −20.
    const tail = tailAwareKelly(trades, 'avg-loss', 100);
    expect(tail?.maxLossPerContract).toBe(2000);
    expect(tail?.maxLossInRiskUnits).toBe(-20);
    expect(tail?.probability).toBeCloseTo(1 / 6, 15);
    const r = [1, 1, -0.5, 1, -1.5];
    expect(Math.abs((tail?.growthOptimal as number) - bruteForce(r, -20, 1 / 6))).toBeLessThan(1e-5);
    expect(tail?.curve[0].probability).toBe(0);
  });
});
