/**
 * The learned allocator's legs (issue 13): each input file is one leg named after the file
 * without its extension — a trade log's daily closed P/L ÷ its starting capital (all its
 * strategies together), or a daily price / return file's returns — on the allocator's shared
 * business-day calendar (core/allocate/calendar: latest first date to earliest last date, 0 on a
 * day a leg lacks). A leg file's extra numeric columns come along per calendar day (the value on
 * the last dated row on or before that day; NaN before the first value).
 */
import { buildCalendar, fileStem, uniqueNames, type AllocationAsset } from '../allocate';
import type { ReturnSeries, Trade } from '../model';
import { businessDayOnOrBefore, dayNumber, resolveStartingCapital } from '../stats';

export type LegInput = { file: string; trades: readonly Trade[] } | { file: string; series: ReturnSeries };

export interface LearnLegs {
  names: string[];
  dates: string[];
  returns: Float64Array[];
  extras: { leg: string; name: string; values: Float64Array }[];
  /** How each leg's return is defined. */
  bases: string[];
}

export type LegsOutcome = { ok: true; legs: LearnLegs } | { ok: false; message: string };

export function learnLegs(inputs: readonly LegInput[]): LegsOutcome {
  if (inputs.length < 2) return { ok: false, message: `The learned allocator needs at least two legs; got ${inputs.length}.` };
  const names = uniqueNames(inputs.map((i) => ({ name: 'series' in i ? i.series.name : fileStem(i.file), file: i.file })));
  const bases: string[] = [];
  const assets: AllocationAsset[] = inputs.map((input, k) => {
    if ('series' in input) {
      bases.push(input.series.kind === 'prices' ? `${names[k]}: daily simple returns of Adj Close` : `${names[k]}: daily returns as given`);
      return { name: names[k], file: input.file, kind: 'series', trades: [], capitalBasis: 1, series: input.series };
    }
    const closed = input.trades.filter((t) => t.dateClosed !== null);
    const capital = resolveStartingCapital(closed).value;
    bases.push(`${names[k]}: daily closed P/L ÷ starting capital ${capital}`);
    return { name: names[k], file: input.file, kind: 'strategy', trades: input.trades as Trade[], capitalBasis: capital, series: null };
  });
  const calendar = buildCalendar(assets, 'daily');
  if (calendar.empty !== null) return { ok: false, message: calendar.empty };
  const extras: LearnLegs['extras'] = [];
  const first = calendar.firstDay;
  for (let k = 0; k < inputs.length; k++) {
    const input = inputs[k];
    if (!('series' in input)) continue;
    for (const [name, column] of Object.entries(input.series.extras)) {
      const values = new Float64Array(calendar.dates.length).fill(NaN);
      for (let i = 0; i < input.series.dates.length; i++) {
        if (Number.isNaN(column[i])) continue;
        const day = businessDayOnOrBefore(dayNumber(input.series.dates[i]));
        const p = day < first ? 0 : day - first < calendar.periodOfDay.length ? calendar.periodOfDay[day - first] : -1;
        if (p >= 0) values[p] = column[i];
      }
      for (let p = 1; p < values.length; p++) if (Number.isNaN(values[p])) values[p] = values[p - 1];
      extras.push({ leg: names[k], name, values });
    }
  }
  return { ok: true, legs: { names, dates: calendar.dates, returns: calendar.returns, extras, bases } };
}
