// The score method (SPEC §6 as defined in core/bets/score.ts) on a hand table: ten bets on five
// settled days, two a day, with forecast errors; window 30, half-life 7, prior 1. Expected
// values from test/unit/bets/reference/bets_reference.py ("score table").
import { describe, expect, it } from 'vitest';
import { analyzeBets, calibrationFactor, groupScore, maeFactor } from '../../../core/bets';
import { bet, day } from './support';

const P = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.62, 0.68, 0.85, 0.95];
const Y = [0, 0, 1, 0, 1, 0, 1, 1, 1, 1] as const;
const PRICE = [0.04, 0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.8, 0.9];
const CONTRACTS = [10, 20, 10, 10, 10, 10, 20, 10, 10, 40];
const FEES = [0.02, 0.05, 0.04, 0.05, 0.06, 0.06, 0.12, 0.06, 0.04, 0.1];
const ERR = [0.5, 1.0, 1.5, 0.8, 2.0, 1.2, 0.4, 0.9, 1.1, 0.6];
const log = P.map((p, i) => bet({ date: day(Math.floor(i / 2)), pModel: p, outcome: Y[i], price: PRICE[i], contracts: CONTRACTS[i], fees: FEES[i], forecastError: ERR[i] }));

describe('the score on a hand table', () => {
  const analysis = analyzeBets(log, null, { budget: 100 });
  const g = analysis.groups[0];

  it('window metrics', () => {
    expect(g.metrics.bets).toBe(10);
    expect(g.metrics.hitRate).toBe(0.6);
    expect(g.metrics.meanPl).toBeCloseTo(2.2, 12);
    expect(g.metrics.plSd).toBeCloseTo(4.748798678496372, 12);
    expect(g.metrics.sharpeLike).toBeCloseTo(0.462301548905853, 12);
    expect(g.metrics.mae).toBeCloseTo(1, 14);
    expect(g.metrics.maxDrawdown).toBeCloseTo(5.06, 12);
  });

  it('each term', () => {
    const terms = Object.fromEntries(g.score.terms.map((t) => [t.name, t]));
    expect(terms.mae.input).toBeCloseTo(0.992373256028652, 13);
    expect(terms.mae.factor).toBeCloseTo(0.503827913365409, 13);
    expect(terms.hitRate.input).toBeCloseTo(0.619872818636994, 13);
    expect(terms.hitRate.factor).toBeCloseTo(1.119872818636994, 13);
    expect(g.metrics.shrunkPl.floor).toBeCloseTo(-4.1555, 12);
    expect(g.metrics.shrunkPl.clamped).toBe(1);
    expect(g.metrics.shrunkPl.mean).toBeCloseTo(1.144234343258, 12);
    expect(g.metrics.shrunkPl.sd).toBeCloseTo(3.226271348436749, 12);
    expect(terms.sharpe.factor).toBeCloseTo(0.353565637754916, 12);
    expect(terms.calibration.factor).toBeCloseTo(0.904293590848841, 12);
    expect(g.score.termsUsed).toEqual(['mae', 'hitRate', 'sharpe', 'calibration']);
  });

  it('score = product of the terms = 0.180397…', () => {
    expect(g.score.score).toBeCloseTo(0.180397465498891, 12);
  });

  it('group-level Kelly (exact growth optimum over the shrunk edge distribution)', () => {
    expect(g.groupKelly).toBeCloseTo(0.192431142808119, 13);
  });

  it('the factor formulas', () => {
    expect(maeFactor(2)).toBe(0.2);
    expect(calibrationFactor(0.15, 0.05)).toBeCloseTo(0.5, 15);
    expect(calibrationFactor(0.05, 0.08)).toBe(1);
  });

  it('a term without data drops out (factor 1) and says why', () => {
    const bare = log.map((b) => ({ ...b, forecastError: null, pModel: null }));
    const s = analyzeBets(bare, null, { budget: 100 }).groups[0].score;
    expect(s.termsUsed).toEqual(['hitRate', 'sharpe']);
    expect(s.dropped.map((d) => d.name)).toEqual(['mae', 'calibration']);
    expect(s.score).toBeCloseTo(1.119872818636994 * 0.353565637754916, 12);
  });

  it('a group without settled bets in the window has no score', () => {
    const s = groupScore({ ...g.metrics, bets: 0, unavailable: { bets: 'no settled bets in the last 30 settled days' } }, { sharpeLow: 0.01, sharpeHigh: 1, minCalibrationBets: 10 });
    expect(s.score).toBeNull();
    expect(s.termsUsed).toEqual([]);
  });
});
