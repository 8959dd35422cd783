// The bundled sample (resources/sample/bets-sample.csv and bets-candidates.csv) is the
// generator's output for seed 12 (written by resources/sample/make-bets-sample.ts) and imports
// without a rejected row or a warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { betLogCsv, candidatesCsv, generateBets } from '../../../core/bets/generator';
import { importBetCandidatesText, importBetLogText } from '../../../core/import';

const dir = join(__dirname, '..', '..', '..', 'resources', 'sample');
const log = readFileSync(join(dir, 'bets-sample.csv'), 'utf8');
const cands = readFileSync(join(dir, 'bets-candidates.csv'), 'utf8');

describe('the bundled bets sample', () => {
  const generated = generateBets({ seed: 12, days: 120 });

  it('equals the generator output', () => {
    expect(log).toBe(betLogCsv(generated.bets));
    expect(cands).toBe(candidatesCsv(generated.candidates));
  });

  it('imports cleanly and round-trips the records', async () => {
    const imported = await importBetLogText('bets-sample.csv', log);
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.rejected).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(imported.bets).toEqual(generated.bets);
    const c = await importBetCandidatesText('bets-candidates.csv', cands);
    if (!c.ok) throw new Error(c.message);
    expect(c.candidates).toEqual(generated.candidates);
  });

  it('has several cities, 60–200 settled days, one with few bets', () => {
    const perGroup = new Map<string, number>();
    for (const b of generated.bets) perGroup.set(b.group, (perGroup.get(b.group) ?? 0) + 1);
    expect(perGroup.size).toBe(6);
    const days = new Set(generated.bets.map((b) => b.date)).size;
    expect(days).toBeGreaterThanOrEqual(60);
    expect(days).toBeLessThanOrEqual(200);
    expect(Math.min(...perGroup.values())).toBeLessThan(30);
  });
});
