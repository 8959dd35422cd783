// The learned allocator's features against an independent numpy computation
// (test/reference/learn_features.py → test/fixtures/learn/features-2010-06-01.json): SPY and QQQ
// from resources/market, the row deciding the weights for 2010-06-01 (the day after the Memorial
// Day holiday, so the 1-day return is the holiday's 0). Every one of the 36 features agrees to 1e-12.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legInputs } from '../../../core/app';
import { buildFeatures, learnLegs } from '../../../core/learn';

const reference = JSON.parse(readFileSync('test/fixtures/learn/features-2010-06-01.json', 'utf8')) as { date: string; calendarIndex: number; features: Record<string, number> };

describe('features vs numpy', () => {
  it('matches every feature of the 2010-06-01 row', () => {
    const files = ['SPY', 'QQQ'].map((s) => ({ file: `${s}.csv`, text: readFileSync(`resources/market/${s}.csv`, 'utf8') }));
    const inputs = legInputs(files);
    if (!inputs.ok) throw new Error(inputs.message);
    const legs = learnLegs(inputs.inputs);
    if (!legs.ok) throw new Error(legs.message);
    const t = legs.legs.dates.indexOf(reference.date);
    expect(t).toBe(reference.calendarIndex);
    const m = buildFeatures(legs.legs);
    const row = t - m.first;
    expect(Object.keys(reference.features).sort()).toEqual([...m.names].sort());
    for (const [name, value] of Object.entries(reference.features)) {
      const f = m.names.indexOf(name);
      expect(m.X[row * m.F + f], name).toBeCloseTo(value, 12);
    }
  });
});
