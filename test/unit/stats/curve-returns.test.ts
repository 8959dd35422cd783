// Daily returns of a curve (core/stats/daily-returns), hand-computed: start 1,000, end-of-day
// equity 1,100, 990, 990 → r = 100/1000, −110/1100, 0/990 = 0.1, −0.1, 0; a curve that reaches 0
// stops before the day after (equity before ≤ 0).
import { expect, it } from 'vitest';
import { curveReturns } from '../../../core/stats';

it('r_t = (E_t − E_{t−1}) ÷ E_{t−1} from the starting capital', () => {
  expect(curveReturns(1000, [1100, 990, 990])).toEqual({ returns: [0.1, -0.1, 0], complete: true });
  expect(curveReturns(1100, Float64Array.from([1100, 990, 990]), 1)).toEqual({ returns: [-0.1, 0], complete: true });
});

it('stops at ruin', () => {
  expect(curveReturns(1000, [0, 10])).toEqual({ returns: [-1], complete: false });
});
