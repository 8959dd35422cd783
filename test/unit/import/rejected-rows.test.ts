// Bad rows are rejected with their line, column and reason; the other rows are kept.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';
import type { ImportOutcome, TradeImport } from '../../../core/model';
import { fixtureTextWith } from '../support/fixtures';

function trades(outcome: ImportOutcome): TradeImport {
  if (!outcome.ok || (outcome.format !== 'optionomega-trades' && outcome.format !== 'generic-trades')) throw new Error('expected a trade import');
  return outcome;
}

/** The EMA log with cells replaced (see fixtureTextWith). */
function emaWith(edits: Record<number, Record<number, string>>): string {
  return fixtureTextWith('optionomega/ema-tradelog.csv', edits);
}

const DATE_OPENED = 0;
const PL = 10;
const CONTRACTS = 11;

describe('rejected rows', () => {
  it('OptionOmega log: an unparseable date, an unparseable number and zero contracts', async () => {
    const text = emaWith({ 5: { [DATE_OPENED]: '"2025-13-45"' }, 9: { [PL]: '"12,3x"' }, 12: { [CONTRACTS]: '0' } });
    const result = trades(await importText('ema.csv', text));
    expect(result.rejected).toEqual([
      { row: 5, column: 'Date Opened', reason: 'unparseable date "2025-13-45"' },
      { row: 9, column: 'P/L', reason: 'unparseable number "12,3x"' },
      { row: 12, column: 'No. of Contracts', reason: 'contracts must be > 0 (found 0)' },
    ]);
    expect(result.totalRows).toBe(384);
    expect(result.trades).toHaveLength(381);
  });

  it('generic CSV: line numbers count physical lines, also after a quoted cell spanning two lines', async () => {
    const text = [
      'Date,Symbol,Notes,P/L',
      '2025-01-02,SPY,"two',
      'lines",100',
      '2025-01-03,SPY,,12;5',
      '2025-01-06,SPY,,-40',
      '01/07/2025,SPY,,7',
      '',
      '2025-01-08,SPY,,',
    ].join('\n');
    const result = trades(await importText('t.csv', text));
    expect(result.rejected).toEqual([
      { row: 4, column: 'P/L', reason: 'unparseable number "12;5"' },
      { row: 8, column: 'P/L', reason: 'missing value' },
    ]);
    expect(result.totalRows).toBe(5);
    expect(result.trades.map((t) => [t.dateOpened, t.pl])).toEqual([
      ['2025-01-02', 100],
      ['2025-01-06', -40],
      ['2025-01-07', 7],
    ]);
  });

  it('generic CSV: an unknown side when P/L is computed from prices', async () => {
    const text = 'Date,Side,Qty,Entry Price,Exit Price\n2025-01-02,Long,10,100,101.5\n2025-01-03,sideways,10,100,101\n';
    const result = trades(await importText('t.csv', text));
    expect(result.rejected).toEqual([{ row: 3, column: 'Side', reason: 'unknown side "sideways" (expected long/short or buy/sell)' }]);
    expect(result.trades.map((t) => t.pl)).toEqual([15]);
  });
});
