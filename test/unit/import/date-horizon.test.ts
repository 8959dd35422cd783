// Dates outside 1970-01-01 … one year after the import day are rejected (line, column, reason)
// by every adapter; the import day comes from the clock option (issue 8, item 6).
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';
import type { ImportOutcome, ParsedImport } from '../../../core/model';
import { fixtureTextWith } from '../support/fixtures';

/** The import day of these tests: the latest plausible date is then 2027-01-15. */
const now = () => '2026-01-15T10:00:00.000Z';

function parsed(outcome: ImportOutcome): ParsedImport {
  if (!outcome.ok) throw new Error(`expected an import, got ${outcome.code}: ${outcome.message}`);
  return outcome;
}

const DATE_OPENED = 0;
const DATE_CLOSED = 6;

describe('implausible dates', () => {
  it('OptionOmega trade log: 9999-12-31, a 2205-10-08 close typo and a 1969 open are rejected; a year after the import day is the last date accepted', async () => {
    const text = fixtureTextWith('optionomega/ema-tradelog.csv', {
      2: { [DATE_CLOSED]: '"9999-12-31"' },
      3: { [DATE_CLOSED]: '"2205-10-08"' },
      4: { [DATE_OPENED]: '"1969-12-31"' },
      5: { [DATE_CLOSED]: '"2027-01-15"' },
      6: { [DATE_CLOSED]: '"2027-01-16"' },
    });
    const result = parsed(await importText('ema.csv', text, { now }));
    expect(result.rejected).toEqual([
      { row: 2, column: 'Date Closed', reason: 'date 9999-12-31 is more than 1 year after the import day (2026-01-15)' },
      { row: 3, column: 'Date Closed', reason: 'date 2205-10-08 is more than 1 year after the import day (2026-01-15)' },
      { row: 4, column: 'Date Opened', reason: 'date 1969-12-31 is before 1970-01-01' },
      { row: 6, column: 'Date Closed', reason: 'date 2027-01-16 is more than 1 year after the import day (2026-01-15)' },
    ]);
    expect(result.totalRows).toBe(384);
    if (result.format !== 'optionomega-trades') throw new Error(result.format);
    expect(result.trades).toHaveLength(380);
    expect(result.trades.filter((t) => t.dateClosed === '2027-01-15')).toHaveLength(1);
  });

  it('the horizon follows the clock: the 2205 close is accepted on an import day in 2205, 9999 is refused on the system date', async () => {
    const text = fixtureTextWith('optionomega/ema-tradelog.csv', { 2: { [DATE_CLOSED]: '"9999-12-31"' }, 3: { [DATE_CLOSED]: '"2205-10-08"' } });
    expect(parsed(await importText('ema.csv', text, { now: () => '2205-06-01' })).rejected.map((r) => r.row)).toEqual([2]);
    const onSystemDate = parsed(await importText('ema.csv', text));
    expect(onSystemDate.rejected.map((r) => [r.row, r.column])).toEqual([
      [2, 'Date Closed'],
      [3, 'Date Closed'],
    ]);
  });

  it('OptionOmega daily log', async () => {
    const text = fixtureTextWith('optionomega/ema-dailylog.csv', { 3: { 0: '"9999-12-31"' } });
    expect(parsed(await importText('daily.csv', text, { now })).rejected).toEqual([
      { row: 3, column: 'Date', reason: 'date 9999-12-31 is more than 1 year after the import day (2026-01-15)' },
    ]);
  });

  it('OptionOmega reporting log (ISO timestamps)', async () => {
    const text = fixtureTextWith('optionomega/ema-reporting-log.csv', { 2: { 8: '2205-10-08T16:12:10.82370' }, 3: { 1: '1960-10-07T12:39:17.54010' } });
    expect(parsed(await importText('reporting.csv', text, { now })).rejected).toEqual([
      { row: 2, column: 'Date Closed', reason: 'date 2205-10-08 is more than 1 year after the import day (2026-01-15)' },
      { row: 3, column: 'Date Opened', reason: 'date 1960-10-07 is before 1970-01-01' },
    ]);
  });

  it('generic CSV (MM/DD/YYYY)', async () => {
    const text = 'Open Date,Close Date,Symbol,P/L\n01/02/2025,01/03/2025,SPY,100\n01/06/2025,12/31/9999,SPY,-40\n12/31/1969,01/07/2025,SPY,7\n';
    const result = parsed(await importText('broker.csv', text, { now }));
    expect(result.rejected).toEqual([
      { row: 3, column: 'Close Date', reason: 'date 9999-12-31 is more than 1 year after the import day (2026-01-15)' },
      { row: 4, column: 'Open Date', reason: 'date 1969-12-31 is before 1970-01-01' },
    ]);
    if (result.format !== 'generic-trades') throw new Error(result.format);
    expect(result.trades.map((t) => [t.dateOpened, t.dateClosed, t.pl])).toEqual([['2025-01-02', '2025-01-03', 100]]);
  });
});
