// A trade closed before it opened is rejected with its line, column and reason: an earlier
// close date in every adapter; on the same date an earlier close time (when both times are
// known) in the trade logs, while the reporting log keeps it with a warning (issue 8, item 6).
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';
import type { ImportOutcome, ParsedImport } from '../../../core/model';
import { fixtureTextWith } from '../support/fixtures';

function parsed(outcome: ImportOutcome): ParsedImport {
  if (!outcome.ok) throw new Error(`expected an import, got ${outcome.code}: ${outcome.message}`);
  return outcome;
}

const TIME_OPENED = 1;
const DATE_CLOSED = 6;
const TIME_CLOSED = 7;

describe('closed before opened', () => {
  it('OptionOmega trade log: a close date before the open date, and a close time before the open time on the same date', async () => {
    // line 2 opened 2025-10-08 10:15:00; line 3 opened 2025-10-07 12:27:00; line 4 opened 2025-10-07 09:51:00
    const text = fixtureTextWith('optionomega/ema-tradelog.csv', {
      2: { [DATE_CLOSED]: '"2025-10-07"' },
      3: { [TIME_CLOSED]: '"12:26:59"' },
      4: { [TIME_CLOSED]: '"09:51:00"' }, // closed in the minute it opened: accepted
      5: { [TIME_OPENED]: '""', [TIME_CLOSED]: '"09:00:00"' }, // no open time: only the dates are compared
    });
    const result = parsed(await importText('ema.csv', text));
    expect(result.rejected).toEqual([
      { row: 2, column: 'Date Closed', reason: 'closed on 2025-10-07, before the trade opened (2025-10-08)' },
      { row: 3, column: 'Time Closed', reason: 'closed at 12:26:59, before the trade opened (12:27:00) on the same day' },
    ]);
    if (result.format !== 'optionomega-trades') throw new Error(result.format);
    expect(result.trades).toHaveLength(382);
  });

  it('generic CSV with date-times: the close column is named for both', async () => {
    const text = [
      'Entry Time,Exit Time,Symbol,P/L',
      '2025-01-02 10:00:00,2025-01-02 15:00:00,SPY,100',
      '2025-01-06 10:00:00,2025-01-03 15:00:00,SPY,-40',
      '2025-01-07 10:00:00,2025-01-07 09:59:00,SPY,7',
      '2025-01-08,2025-01-08,SPY,5',
    ].join('\n');
    const result = parsed(await importText('broker.csv', text));
    expect(result.rejected).toEqual([
      { row: 3, column: 'Exit Time', reason: 'closed on 2025-01-03, before the trade opened (2025-01-06)' },
      { row: 4, column: 'Exit Time', reason: 'closed at 09:59:00, before the trade opened (10:00:00) on the same day' },
    ]);
    if (result.format !== 'generic-trades') throw new Error(result.format);
    expect(result.trades.map((t) => t.pl)).toEqual([100, 5]);
  });

  it('OptionOmega reporting log: an earlier close date is rejected; the real sample\'s same-day earlier close stamps are kept with a warning', async () => {
    // line 2 opened 2025-10-08T10:23:59; lines 93, 101, 129, 152 and 367 of the real export are stamped closed minutes before they opened
    const text = fixtureTextWith('optionomega/ema-reporting-log.csv', { 2: { 8: '2025-10-07T16:12:10.82370' } });
    const result = parsed(await importText('reporting.csv', text));
    expect(result.rejected).toEqual([{ row: 2, column: 'Date Closed', reason: 'closed on 2025-10-07, before the trade opened (2025-10-08)' }]);
    if (result.format !== 'optionomega-reporting') throw new Error(result.format);
    expect(result.reporting).toHaveLength(383);
    expect(result.warnings).toEqual(['5 trades are stamped as closed earlier in the day than opened (line 93, 101, 129, 152, 367); kept as exported.']);
  });
});
