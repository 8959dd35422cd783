/**
 * OptionOmega reporting (live) log adapter: `Strategy, Date Opened, [Time Opened,] Opening
 * Price, Legs, Initial Premium, No. of Contracts, P/L, Closing Price, Date Closed, Avg.
 * Closing Cost, Reason For Close`. `Date Opened` / `Date Closed` may be ISO timestamps
 * (2025-10-08T10:23:59.10540): they are split into date and time (fraction of a second
 * dropped); a separate `Time Opened` / `Time Closed` column fills the time when the date has
 * none. `Initial Premium` is kept as exported (the quote, e.g. 4.2). Blank Strategy →
 * "Unknown". Dates within the horizon, close date not before the open date, numbers within
 * bounds (plausible.ts); a close stamped earlier than the open on the same day is kept with a
 * warning (real live fills do this: see plausible.ts). Rows are returned in order of opening.
 */
import type { ReportingTrade } from '../model';
import { contractCount, dateTime, HeaderIndex, optionalDateTime, optionalNumber, requiredNumber, text, time, trimmed } from './cells';
import { checkCloseDate, closesEarlierSameDay, type DateHorizon } from './plausible';
import { compareText } from './sort-trades';
import { convertRows, listLines, type CsvTable, type RowsResult } from './table';

export function readOptionOmegaReporting(table: CsvTable, index: HeaderIndex, horizon: DateHorizon): RowsResult<ReportingTrade> {
  const c = {
    strategy: index.column('Strategy'),
    dateOpened: index.column('Date Opened'),
    timeOpened: index.column('Time Opened'),
    openingPrice: index.column('Opening Price'),
    legs: index.column('Legs'),
    initialPremium: index.column('Initial Premium'),
    contracts: index.column('No. of Contracts'),
    pl: index.column('P/L'),
    closingPrice: index.column('Closing Price'),
    dateClosed: index.column('Date Closed'),
    timeClosed: index.column('Time Closed'),
    avgClosingCost: index.column('Avg. Closing Cost'),
    reasonForClose: index.column('Reason For Close'),
  };
  const earlierCloseLines: number[] = [];
  const result = convertRows(table, (f): ReportingTrade => {
    const opened = dateTime(f, c.dateOpened, 'YMD', horizon);
    const closed = optionalDateTime(f, c.dateClosed, 'YMD', horizon);
    const timeOpened = opened.time || time(f, c.timeOpened);
    const timeClosed = closed?.time || time(f, c.timeClosed);
    if (closed) {
      const openedAt = { date: opened.date, time: timeOpened };
      const closedAt = { date: closed.date, time: timeClosed };
      checkCloseDate(openedAt, closedAt, c.dateClosed.name);
      if (closesEarlierSameDay(openedAt, closedAt)) earlierCloseLines.push(f.recordLine);
    }
    return {
      strategy: trimmed(f, c.strategy) || 'Unknown',
      dateOpened: opened.date,
      timeOpened,
      openingPrice: optionalNumber(f, c.openingPrice),
      legs: text(f, c.legs),
      initialPremium: optionalNumber(f, c.initialPremium),
      contracts: contractCount(f, c.contracts),
      pl: requiredNumber(f, c.pl),
      closingPrice: optionalNumber(f, c.closingPrice),
      dateClosed: closed?.date ?? null,
      timeClosed,
      avgClosingCost: optionalNumber(f, c.avgClosingCost),
      reasonForClose: text(f, c.reasonForClose),
    };
  });
  if (earlierCloseLines.length > 0) {
    result.warnings.push(
      `${earlierCloseLines.length} trade${earlierCloseLines.length > 1 ? 's are' : ' is'} stamped as closed earlier in the day than opened (line ${listLines(earlierCloseLines)}); kept as exported.`,
    );
  }
  result.records.sort((a, b) => compareText(a.dateOpened, b.dateOpened) || compareText(a.timeOpened, b.timeOpened));
  return result;
}
