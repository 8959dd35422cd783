// Files that fail as a whole: one ImportFailure with a code and a sentence, never a crash.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_IMPORT_BYTES, importBytes, importText } from '../../../core/import';
import type { ImportFailure, ImportOutcome } from '../../../core/model';
import { fixtureBytes } from '../support/fixtures';

const EMA_HEADER =
  '"Date Opened","Time Opened","Opening Price","Legs","Premium","Closing Price","Date Closed","Time Closed","Avg. Closing Cost","Reason For Close","P/L","No. of Contracts","Funds at Close","Margin Req.","Strategy","Opening Commissions + Fees","Closing Commissions + Fees","Opening Short/Long Ratio","Closing Short/Long Ratio","Gap","Movement","Max Profit","Max Loss"';

function failure(outcome: ImportOutcome): ImportFailure {
  if (outcome.ok) throw new Error(`expected a failure, got ${outcome.format}`);
  return outcome;
}

afterEach(() => vi.restoreAllMocks());

describe('whole-file failures', () => {
  it('empty file', async () => {
    expect(failure(await importBytes('empty.csv', new Uint8Array(0)))).toEqual({ ok: false, fileName: 'empty.csv', code: 'empty', message: 'The file is empty.' });
    expect(failure(await importText('blank.csv', '\uFEFF\r\n  \r\n')).code).toBe('empty');
  });

  it('header only', async () => {
    const result = failure(await importText('header.csv', `\uFEFF${EMA_HEADER}\r\n\r\n`));
    expect(result).toEqual({ ok: false, fileName: 'header.csv', code: 'header-only', message: 'The file has a header but no data rows.' });
  });

  it('binary garbage: NUL bytes in the first KB', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const result = failure(await importBytes('chart.csv', png));
    expect(result.code).toBe('binary');
    expect(result.message).toBe('The file is not a text (CSV) file: it contains NUL bytes. Export it as CSV (UTF-8) and try again.');
  });

  it('binary garbage without NUL bytes: not UTF-8, and a control byte rules out Windows-1252', async () => {
    // "Date" + invalid UTF-8 (0xC3 0x28) + 0x01 at offset 6 + ",P"
    const bytes = new Uint8Array([0x44, 0x61, 0x74, 0x65, 0xc3, 0x28, 0x01, 0xa1, 0xff, 0x2c, 0x50]);
    const result = failure(await importBytes('garbage.csv', bytes));
    expect(result.code).toBe('binary');
    expect(result.message).toBe('The file is not a text (CSV) file: byte 0x01 at offset 6 is a control character. Export it as CSV (UTF-8) and try again.');
  });

  it('unrecognized CSV names the missing columns of the closest format', async () => {
    const result = failure(await importBytes('unrecognized-csv-random.csv', fixtureBytes('optionomega/small/unrecognized-csv-random.csv')));
    expect(result.code).toBe('unrecognized');
    expect(result.headers).toEqual(['Name', 'Age', 'City']);
    expect(result.missingColumns).toEqual(['date opened', 'P/L']);
    expect(result.message).toBe(
      'Unrecognized CSV: no date opened and P/L columns were found (columns in the file: Name, Age, City). It is not an OptionOmega export; map its columns to import it as a generic trade log.',
    );
  });

  it('a daily log missing columns is reported as such', async () => {
    const result = failure(await importText('daily.csv', 'Date,Net Liquidity,P/L\n2025-01-02,100756,756\n'));
    expect(result.code).toBe('unrecognized');
    expect(result.missingColumns).toEqual(['Current Funds', 'Withdrawn', 'Trading Funds', 'P/L %', 'Drawdown %']);
    expect(result.message).toBe('The file looks like an OptionOmega daily log but lacks the columns "Current Funds", "Withdrawn", "Trading Funds", "P/L %", "Drawdown %".');
  });

  it('a mapping that names a column the file does not have', async () => {
    const result = failure(await importText('t.csv', 'Date,Profit\n2025-01-02,5\n', { generic: { mapping: { pl: 'Net P/L' } } }));
    expect(result.code).toBe('bad-mapping');
    expect(result.message).toBe('The mapping names column "Net P/L" (for pl), but the file has no such column. Columns in the file: Date, Profit.');
  });

  it('an unknown date format', async () => {
    const result = failure(await importText('t.csv', 'Date,Profit\n2025-01-02,5\n', { generic: { dateFormat: 'banana' } }));
    expect(result.code).toBe('bad-mapping');
    expect(result.message).toContain('Unknown date format "banana"');
  });

  it('no valid rows quotes the first reasons', async () => {
    const text = 'Date,Profit\n2025-01-02,abc\n2025-01-03,\n2025-02-30,5\n2025-01-05,x\n';
    const result = failure(await importText('t.csv', text));
    expect(result.code).toBe('no-valid-rows');
    expect(result.message).toBe(
      'None of the 4 rows could be read (line 2, column "Profit": unparseable number "abc"; line 3, column "Profit": missing value; line 4, column "Date": unparseable date "2025-02-30"; …).',
    );
  });

  it('a 200 MB input is refused with too-large before anything is decoded', async () => {
    const decoder = vi.spyOn(globalThis, 'TextDecoder');
    // All NUL bytes: had the file been decoded, it would have failed as binary instead.
    const huge = new Uint8Array(200 * 1024 * 1024);
    const started = performance.now();
    const result = failure(await importBytes('huge.csv', huge));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toEqual({ ok: false, fileName: 'huge.csv', code: 'too-large', message: 'The file is 200.0 MB, larger than the import limit of 150.0 MB.' });
    expect(decoder).not.toHaveBeenCalled();
    expect(DEFAULT_MAX_IMPORT_BYTES).toBe(150 * 1024 * 1024);
  });

  it('maxBytes lowers the limit', async () => {
    expect(failure(await importText('t.csv', 'Date,Profit\n2025-01-02,5\n', { maxBytes: 10 })).code).toBe('too-large');
  });
});
