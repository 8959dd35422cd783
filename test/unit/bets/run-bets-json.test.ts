// runBets returns exactly the CLI's JSON shape (issue 12): groups[], runBudget, tickets[];
// numbers as decimals, mae null without forecast errors, no NaN or Infinity anywhere.
import { describe, expect, it } from 'vitest';
import { runBets, validateBetsOptions } from '../../../core/bets';
import { generateBets } from '../../../core/bets/generator';
import { allFinite } from '../sizing/finite';
import { bet, day } from './support';

describe('runBets JSON', () => {
  const { bets, candidates } = generateBets({ seed: 12 });
  const json = runBets(bets, candidates, { budget: 500, cash: 2000 });

  it('has exactly the keys of the issue', () => {
    expect(Object.keys(json)).toEqual(['groups', 'runBudget', 'tickets']);
    expect(Object.keys(json.groups[0])).toEqual(['name', 'bets', 'hitRate', 'posteriorHitRate', 'brier', 'logLoss', 'ece', 'meanPl', 'plSd', 'sharpeLike', 'mae', 'drift', 'score', 'termsUsed', 'budget']);
    expect(Object.keys(json.groups[0].drift)).toEqual(['flag', 'reason']);
    expect(json.tickets.length).toBeGreaterThan(0);
    expect(Object.keys(json.tickets[0])).toEqual(['group', 'market', 'side', 'contracts', 'stake', 'kelly', 'forced', 'reasons']);
    expect(json.runBudget).toBe(500);
  });

  it('no NaN or Infinity, and survives JSON', () => {
    expect(allFinite(json)).toBe(true);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('mae is null without forecast errors; a one-bet group has null sd and Sharpe', () => {
    const plain = runBets([bet({ date: day(0), outcome: 1 })], null, { budget: 10 });
    expect(plain.groups[0]).toMatchObject({ bets: 1, hitRate: 1, mae: null, plSd: null, sharpeLike: null, brier: 0.25, termsUsed: ['hitRate'] });
    expect(allFinite(plain)).toBe(true);
  });

  it('invalid options are refused with the field named', () => {
    expect(() => runBets(bets, null, {})).toThrow('budget: Give a budget cap or the available cash (or both).');
    expect(validateBetsOptions({ budget: 10, min: 0.5, max: 0.4, prior: 3 as 1 }).map((e) => e.field)).toEqual(['prior', 'max']);
  });
});
