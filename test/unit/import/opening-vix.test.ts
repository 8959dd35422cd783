// OptionOmega `Opening VIX` (issue 18 §6): kept per trade; a blank cell is unknown (null); a
// negative, unparseable or non-finite level rejects the row naming row and column.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';
import type { ImportOutcome, TradeImport } from '../../../core/model';
import { fixtureTextWith, importTrades } from '../support/fixtures';

const OPENING_VIX = 20;
const FILE = 'optionomega/single-strategy/pickle-ric.csv';

function trades(outcome: ImportOutcome): TradeImport {
  if (!outcome.ok || outcome.format !== 'optionomega-trades') throw new Error('expected an OptionOmega trade import');
  return outcome;
}

describe('Opening VIX import', () => {
  it('keeps the level of every row (values read from the CSV: first row 22.19, range 12.21..31.27)', async () => {
    const { trades: all } = await importTrades(FILE);
    expect(all.every((t) => typeof t.openingVix === 'number')).toBe(true);
    const levels = all.map((t) => t.openingVix as number);
    expect(Math.min(...levels)).toBe(12.21);
    expect(Math.max(...levels)).toBe(31.27);
    expect(all.find((t) => t.dateOpened === '2026-03-04')?.openingVix).toBe(22.19);
  });

  it('a log without the column has null for every trade', async () => {
    const { trades: all } = await importTrades('optionomega/ema-tradelog.csv');
    expect(all.every((t) => t.openingVix === null)).toBe(true);
  });

  it('blank is null; negative, text and non-finite are rejected with row and column', async () => {
    const text = fixtureTextWith(FILE, { 2: { [OPENING_VIX]: '' }, 3: { [OPENING_VIX]: '-1.5' }, 4: { [OPENING_VIX]: 'high' }, 5: { [OPENING_VIX]: 'Infinity' } });
    const result = trades(await importText('pickle-ric.csv', text));
    expect(result.rejected).toEqual([
      { row: 3, column: 'Opening VIX', reason: 'a VIX level must be ≥ 0 (found -1.5)' },
      { row: 4, column: 'Opening VIX', reason: 'unparseable number "high"' },
      { row: 5, column: 'Opening VIX', reason: 'unparseable number "Infinity"' },
    ]);
    expect(result.trades).toHaveLength(549);
    expect(result.trades.filter((t) => t.openingVix === null)).toHaveLength(1);
  });
});
