// Bare-CR line ends (old Mac exports), also mixed with LF and CRLF in one file: the same
// records, trades and line numbers as the LF file; a quoted cell keeps its line ends as
// written and counts each CR, LF or CRLF as one line (issue 8, item 9).
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';
import { CsvReader } from '../../../core/import/csv-reader';
import type { ImportOutcome, TradeImport } from '../../../core/model';
import { fixtureText, fixtureTextWith } from '../support/fixtures';

function records(text: string): { line: number; fields: string[] }[] {
  const reader = new CsvReader(text, ',');
  const out: { line: number; fields: string[] }[] = [];
  while (reader.next()) out.push({ line: reader.recordLine, fields: reader.fields() });
  return out;
}

/** The fixtures are CRLF exports: the LF reference. */
function toLf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

function trades(outcome: ImportOutcome): TradeImport {
  if (!outcome.ok || outcome.format !== 'optionomega-trades') throw new Error('expected an OptionOmega trade log');
  return outcome;
}

describe('bare CR line ends', () => {
  it('the CSV reader: CR, LF and CRLF each end one line, inside quotes too', () => {
    expect(records('a,b\rc,d\r')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
    ]);
    expect(records('h\r"x\ry\r\nz",1\n\rlast,"q"\rend')).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['x\ry\r\nz', '1'] },
      { line: 5, fields: [''] },
      { line: 6, fields: ['last', 'q'] },
      { line: 7, fields: ['end'] },
    ]);
  });

  it('the EMA trade log with CR line ends gives the LF file\'s 384 trades', async () => {
    const lf = toLf(fixtureText('optionomega/ema-tradelog.csv'));
    const reference = trades(await importText('ema.csv', lf));
    const cr = trades(await importText('ema.csv', lf.replace(/\n/g, '\r')));
    expect(lf.includes('\r')).toBe(false);
    expect(cr.totalRows).toBe(384);
    expect(cr.rejected).toEqual([]);
    expect(cr.trades).toEqual(reference.trades);
  });

  it('a rejected row has the same line number with CR, LF or mixed line ends', async () => {
    const lf = toLf(fixtureTextWith('optionomega/ema-tradelog.csv', { 200: { 10: '"12,3x"' } }));
    const expected = [{ row: 200, column: 'P/L', reason: 'unparseable number "12,3x"' }];
    expect(trades(await importText('ema.csv', lf)).rejected).toEqual(expected);
    expect(trades(await importText('ema.csv', lf.replace(/\n/g, '\r'))).rejected).toEqual(expected);
    const lines = lf.split('\n');
    const mixed = lines.map((line, i) => line + (i === lines.length - 1 ? '' : ['\r', '\n', '\r\n'][i % 3])).join('');
    const result = trades(await importText('ema.csv', mixed));
    expect(result.rejected).toEqual(expected);
    expect(result.trades).toHaveLength(383);
  });
});
