// Max drawdown, time in drawdown and the longest drawdown, peak starting at the starting capital.
import { describe, expect, it } from 'vitest';
import { measureDrawdowns } from '../../../core/stats';

describe('measureDrawdowns', () => {
  it('counts a first-day loss as drawdown from the starting capital', () => {
    const d = measureDrawdowns(100, [90, 95, 110, 99, 99, 120, 100]);
    expect(d.drawdowns.map((x) => +x.toFixed(12))).toEqual([0.1, 0.05, 0, 0.1, 0.1, 0, +(20 / 120).toFixed(12)]);
    expect(d.maxDrawdown).toBeCloseTo(20 / 120, 12);
    expect(d.timeInDrawdown).toBeCloseTo(5 / 7, 12);
    expect(d.longestDrawdownDays).toBe(2);
  });
  it('is zero for an empty or rising series', () => {
    expect(measureDrawdowns(100, [])).toEqual({ drawdowns: [], maxDrawdown: 0, timeInDrawdown: 0, longestDrawdownDays: 0 });
    expect(measureDrawdowns(100, [100, 101]).maxDrawdown).toBe(0);
  });
});
