// The CLI tests' sample (test/fixtures/bets) is the bundled sample (resources/sample), byte for
// byte: both are written by resources/sample/make-bets-sample.ts (seed 12, 120 days).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');

describe('bets fixtures', () => {
  it.each(['bets-sample.csv', 'bets-candidates.csv'])('%s equals the bundled sample', (name) => {
    expect(readFileSync(join(root, 'test/fixtures/bets', name), 'utf8')).toBe(readFileSync(join(root, 'resources/sample', name), 'utf8'));
  });
});
