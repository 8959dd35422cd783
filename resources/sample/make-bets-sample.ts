/**
 * Writes the bundled prediction-market sample from the seeded generator (core/bets/generator,
 * seed 12, 120 settled days, the default six cities): `bets-sample.csv` (the settled bets,
 * canonical bet-log header) and `bets-candidates.csv` (the next day's candidates).
 * A unit test (test/unit/bets/sample-files.test.ts) checks the files equal the generator's
 * output, so rerun this after changing the generator. The same two files are written to
 * test/fixtures/bets/ (the CLI tests read them there; a test checks the copies are equal):
 *
 *   npx tsx resources/sample/make-bets-sample.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { betLogCsv, candidatesCsv, generateBets } from '../../core/bets/generator';

export const SAMPLE_SEED = 12;
export const SAMPLE_DAYS = 120;

const here = dirname(fileURLToPath(import.meta.url));
const generated = generateBets({ seed: SAMPLE_SEED, days: SAMPLE_DAYS });
for (const dir of [here, join(here, '..', '..', 'test', 'fixtures', 'bets')]) {
  writeFileSync(join(dir, 'bets-sample.csv'), betLogCsv(generated.bets));
  writeFileSync(join(dir, 'bets-candidates.csv'), candidatesCsv(generated.candidates));
}
console.log(`bets-sample.csv: ${generated.bets.length} bets; bets-candidates.csv: ${generated.candidates.length} candidates for ${generated.candidateDate}`);
