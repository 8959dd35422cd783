// The CSV reader: RFC 4180 quoting, line ends, line numbers, delimiter detection.
import { describe, expect, it } from 'vitest';
import { CsvReader, detectDelimiter } from '../../../core/import/csv-reader';

function records(text: string, delimiter = ','): { line: number; fields: string[] }[] {
  const reader = new CsvReader(text, delimiter);
  const out: { line: number; fields: string[] }[] = [];
  while (reader.next()) out.push({ line: reader.recordLine, fields: reader.fields() });
  return out;
}

describe('CsvReader', () => {
  it('quoted and unquoted fields, escaped quotes, empty fields', () => {
    expect(records('a,"b ""q"" c",,"",d\n')).toEqual([{ line: 1, fields: ['a', 'b "q" c', '', '', 'd'] }]);
  });

  it('CRLF and LF give the same fields; a CR inside quotes is kept', () => {
    expect(records('a,b\r\nc,"d"\r\n')).toEqual(records('a,b\nc,"d"\n'));
    expect(records('"x\r\ny",z\r\n')).toEqual([{ line: 1, fields: ['x\r\ny', 'z'] }]);
  });

  it('a quoted field spanning lines: later records report their physical line', () => {
    expect(records('h1,h2\n"multi\nline\ntext",1\nlast,2')).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['multi\nline\ntext', '1'] },
      { line: 5, fields: ['last', '2'] },
    ]);
  });

  it('blank lines are records with one empty field; a trailing delimiter is an empty last field', () => {
    expect(records('a\n\nb,\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['b', ''] },
    ]);
  });

  it('text after a closing quote is kept; an unterminated quote takes the rest', () => {
    expect(records('"ab"cd,e\n"open,end')).toEqual([
      { line: 1, fields: ['abcd', 'e'] },
      { line: 2, fields: ['open,end'] },
    ]);
  });

  it('semicolon and tab delimiters; a one-column file', () => {
    expect(records('a;"b;c";d', ';')).toEqual([{ line: 1, fields: ['a', 'b;c', 'd'] }]);
    expect(records('a\tb\n', '\t')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(records('x\ny\nz')).toEqual([
      { line: 1, fields: ['x'] },
      { line: 2, fields: ['y'] },
      { line: 3, fields: ['z'] },
    ]);
  });

  it('more than 64 fields', () => {
    const row = Array.from({ length: 150 }, (_, i) => `f${i}`);
    expect(records(row.join(','))[0].fields).toEqual(row);
  });
});

describe('detectDelimiter', () => {
  it('the most frequent of , ; tab outside quotes', () => {
    expect(detectDelimiter('"a,b";c;d')).toBe(';');
    expect(detectDelimiter('a\tb\tc,d')).toBe('\t');
    expect(detectDelimiter('Date,P/L')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });
});
