// Longest win/loss runs in trade order; a scratch ends both kinds of run.
import { describe, expect, it } from 'vitest';
import { longestStreaks } from '../../../core/stats';

describe('longestStreaks', () => {
  it('counts consecutive wins and losses', () => {
    expect(longestStreaks([1, 2, 3, -1, -1, 4, -2, -2, -2, -2])).toEqual({ maxWinStreak: 3, maxLossStreak: 4 });
  });
  it('breaks a run at a scratch', () => {
    expect(longestStreaks([1, 1, 0, 1, 1, 1, -1, 0, -1])).toEqual({ maxWinStreak: 3, maxLossStreak: 1 });
  });
  it('is zero for no trades', () => {
    expect(longestStreaks([])).toEqual({ maxWinStreak: 0, maxLossStreak: 0 });
  });
});
