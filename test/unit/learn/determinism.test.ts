// Deterministic for a seed (issue 13 "Tests"): the same legs, options and seed give the same JSON
// byte for byte; with row subsampling on, another seed changes the fitted models.
import { describe, expect, it } from 'vitest';
import { learnJson } from '../../../core/app';
import { learnAllocator, learnLegs } from '../../../core/learn';
import { FAST } from './options';
import { noiseLegs, returnLeg } from './synthetic';

describe('determinism', () => {
  it('same seed, same result; another seed, other trees', () => {
    const { dates, a, b } = noiseLegs(3, 1200);
    const legs = learnLegs([returnLeg('A', dates, a), returnLeg('B', dates, b)]);
    if (!legs.ok) throw new Error(legs.message);
    const options = { ...FAST, gbdt: [{ ...FAST.gbdt[0], subsample: 0.6 }] };
    const one = learnAllocator(legs.legs, { ...options, seed: 7 });
    const two = learnAllocator(legs.legs, { ...options, seed: 7 });
    const other = learnAllocator(legs.legs, { ...options, seed: 8 });
    if (!one.ok || !two.ok || !other.ok) throw new Error('run failed');
    expect(JSON.stringify(learnJson(two.result))).toBe(JSON.stringify(learnJson(one.result)));
    expect(JSON.stringify(two.result.model)).toBe(JSON.stringify(one.result.model));
    expect(JSON.stringify(other.result.model.gbdt)).not.toBe(JSON.stringify(one.result.model.gbdt));
  });
});
