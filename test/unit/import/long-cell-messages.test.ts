// A message that quotes text from the file (a cell, a header) shows at most 60 characters of
// it, cut with "…": a 10 MB cell gives a one-line rejection, not a 10 MB one (issue 8, item 10).
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';
import type { ImportFailure, ImportOutcome, TradeImport } from '../../../core/model';

const HUGE = 10 * 1024 * 1024;
/** What a message shows of a long run of `ch`: 59 characters and "…" (60 in all). */
const shown = (ch: string) => `${ch.repeat(59)}…`;

function trades(outcome: ImportOutcome): TradeImport {
  if (!outcome.ok || outcome.format !== 'generic-trades') throw new Error('expected a generic trade import');
  return outcome;
}

function failure(outcome: ImportOutcome): ImportFailure {
  if (outcome.ok) throw new Error(`expected a failure, got ${outcome.format}`);
  return outcome;
}

describe('long cells in messages', () => {
  it('a 10 MB number, date or side cell is quoted as its first 59 characters and "…"', async () => {
    const text = [
      'Date,Side,Qty,Entry Price,Exit Price',
      `2025-01-02,Long,10,${'9'.repeat(HUGE)}x,101`,
      `2025-01-03${'7'.repeat(HUGE)},Long,10,100,101`,
      `2025-01-06,${'s'.repeat(HUGE)},10,100,101`,
      '2025-01-07,Long,10,100,101.5',
    ].join('\n');
    const result = trades(await importText('t.csv', text, { maxBytes: Infinity }));
    expect(result.rejected).toEqual([
      { row: 2, column: 'Entry Price', reason: `unparseable number "${shown('9')}"` },
      { row: 3, column: 'Date', reason: `unparseable date "2025-01-03${shown('7').slice(10)}"` },
      { row: 4, column: 'Side', reason: `unknown side "${shown('s')}" (expected long/short or buy/sell)` },
    ]);
    expect(result.trades.map((t) => t.pl)).toEqual([15]);
  });

  it('a cell of exactly 60 characters is quoted whole; a surrogate pair at the cut is not split', async () => {
    const sixty = `${'1'.repeat(59)}x`;
    const emoji = `${'a'.repeat(58)}😀😀`; // the cut would fall between the halves of the first 😀
    const text = `Date,Symbol,Side,Qty,Entry Price,Exit Price\n2025-01-02,SPY,Long,1,${sixty},1\n2025-01-03,SPY,${emoji},1,1,2\n2025-01-06,SPY,Long,1,1,2\n`;
    expect(trades(await importText('t.csv', text)).rejected).toEqual([
      { row: 2, column: 'Entry Price', reason: `unparseable number "${sixty}"` },
      { row: 3, column: 'Side', reason: `unknown side "${'a'.repeat(58)}…" (expected long/short or buy/sell)` },
    ]);
  });

  it('long header cells: the column of a rejection, a mapping naming a missing column, the columns listed', async () => {
    const header = `Net ${'P'.repeat(200)}`;
    const mapped = trades(await importText('t.csv', `Date,${header}\n2025-01-02,abc\n2025-01-03,5\n`, { generic: { mapping: { pl: header } } }));
    expect(mapped.rejected).toEqual([{ row: 2, column: `Net ${shown('P').slice(4)}`, reason: 'unparseable number "abc"' }]);

    const badMapping = failure(await importText('t.csv', 'Date,Profit\n2025-01-02,5\n', { generic: { mapping: { pl: header } } }));
    expect(badMapping.message).toBe(`The mapping names column "Net ${shown('P').slice(4)}" (for pl), but the file has no such column. Columns in the file: Date, Profit.`);

    const unrecognized = failure(await importText('t.csv', `Name,${'c'.repeat(HUGE)}\nx,y\n`, { maxBytes: Infinity }));
    expect(unrecognized.message).toBe(
      `Unrecognized CSV: no date opened and P/L columns were found (columns in the file: Name, ${shown('c')}). It is not an OptionOmega export; map its columns to import it as a generic trade log.`,
    );
  });

  it('no valid row: the quoted reasons are cut too', async () => {
    const result = failure(await importText('t.csv', `Date,P/L\n2025-01-02,${'z'.repeat(HUGE)}\n`, { maxBytes: Infinity }));
    expect(result.message).toBe(`None of the 1 rows could be read (line 2, column "P/L": unparseable number "${shown('z')}").`);
  });
});
