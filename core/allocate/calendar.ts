/**
 * The allocator's shared calendar (SPEC-metrics §6, issue 19 "Inputs"): business days (Mon–Fri)
 * from the latest first date to the earliest last date of the inputs. A strategy's value on a day
 * is the P/L of its trades closing that day (a weekend close on the Friday before; 0 without
 * closes); its return is that P/L ÷ its capital basis; it is active on the days one of its
 * trades closes. A price/return series gives its return on its dates (0 on a business day it
 * lacks, e.g. a holiday) and is active on its dates. Weekly / monthly periods sum the daily
 * P/L and returns of a strategy (returns on a fixed capital add) and compound an asset's returns
 * (Π(1 + r) − 1); a period is active when any of its days is.
 */
import { businessDayOnOrBefore, checkCalendarSpan, dayNumber, isoDate } from '../stats';
import type { AllocationAsset, Period } from './types';

export interface InputSpan {
  name: string;
  first: string;
  last: string;
  /** Periods of the calendar on which the input is active. */
  activeDays: number;
}

export interface AllocationCalendar {
  period: Period;
  /** First and last business day of the shared window, and the business days in it. */
  from: string;
  to: string;
  businessDays: number;
  /** One label per period (its last business day inside the window). */
  dates: string[];
  /** Per asset, per period: P/L (assets: return × capital basis 1) and return, and activity. */
  pl: Float64Array[];
  returns: Float64Array[];
  active: Uint8Array[];
  /** Per asset, per period: P/L per contract of the trades closing (strategies; zeros for series). */
  plPerContract: Float64Array[];
  /** Per business day: the period index (maps the margin timeline's days onto periods). */
  firstDay: number;
  periodOfDay: Int32Array;
  spans: InputSpan[];
  /** The reason the calendar is empty, null when it has days. */
  empty: string | null;
}

function span(asset: AllocationAsset): { first: number; last: number } | null {
  if (asset.kind === 'series') {
    const d = asset.series?.dates ?? [];
    return d.length === 0 ? null : { first: dayNumber(d[0]), last: dayNumber(d[d.length - 1]) };
  }
  let first = Infinity;
  let last = -Infinity;
  for (const t of asset.trades) {
    first = Math.min(first, dayNumber(t.dateOpened));
    if (t.dateClosed !== null) last = Math.max(last, dayNumber(t.dateClosed));
  }
  return Number.isFinite(first) && Number.isFinite(last) ? { first, last } : null;
}

function periodKey(day: number, period: Period): number {
  if (period === 'daily') return day;
  if (period === 'weekly') return day - ((((day + 4) % 7) + 7) % 7 + 6) % 7; // the Monday
  const iso = isoDate(day);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
}

export function buildCalendar(assets: readonly AllocationAsset[], period: Period): AllocationCalendar {
  const spans = assets.map(span);
  const emptyResult = (reason: string): AllocationCalendar => ({
    period, from: '', to: '', businessDays: 0, dates: [], pl: assets.map(() => new Float64Array(0)), returns: assets.map(() => new Float64Array(0)),
    active: assets.map(() => new Uint8Array(0)), plPerContract: assets.map(() => new Float64Array(0)), firstDay: 0, periodOfDay: new Int32Array(0),
    spans: assets.map((a, i) => ({ name: a.name, first: spans[i] ? isoDate(spans[i]!.first) : '', last: spans[i] ? isoDate(spans[i]!.last) : '', activeDays: 0 })), empty: reason,
  });
  const missing = assets.findIndex((_, i) => spans[i] === null);
  if (assets.length === 0) return emptyResult('No inputs.');
  if (missing >= 0) return emptyResult(`${assets[missing].name} has no closed trade or no dated return.`);
  let first = -Infinity;
  let last = Infinity;
  for (const s of spans) {
    first = Math.max(first, s!.first);
    last = Math.min(last, s!.last);
  }
  // Business days only: a weekend start moves to Monday, a weekend end to Friday.
  while (businessDayOnOrBefore(first) !== first) first++;
  last = businessDayOnOrBefore(last);
  if (last < first) {
    return emptyResult(`No shared dates: the latest first date (${isoDate(Math.max(...spans.map((s) => s!.first)))}) is after the earliest last date (${isoDate(Math.min(...spans.map((s) => s!.last)))}).`);
  }
  checkCalendarSpan(first, last);
  const periodOfDay = new Int32Array(last - first + 1).fill(-1);
  const dates: string[] = [];
  let key = NaN;
  let businessDays = 0;
  for (let d = first; d <= last; d++) {
    if (businessDayOnOrBefore(d) !== d) continue;
    businessDays++;
    const k = periodKey(d, period);
    if (k !== key) {
      dates.push(isoDate(d));
      key = k;
    } else dates[dates.length - 1] = isoDate(d);
    periodOfDay[d - first] = dates.length - 1;
  }
  const P = dates.length;
  const pl: Float64Array[] = [];
  const returns: Float64Array[] = [];
  const active: Uint8Array[] = [];
  const perContract: Float64Array[] = [];
  const spanOut: InputSpan[] = [];
  const at = (day: number) => (day < first || day > last ? -1 : periodOfDay[day - first]);
  for (let a = 0; a < assets.length; a++) {
    const asset = assets[a];
    const p = new Float64Array(P);
    const r = new Float64Array(P);
    const act = new Uint8Array(P);
    const pc = new Float64Array(P);
    if (asset.kind === 'strategy') {
      for (const t of asset.trades) {
        if (t.dateClosed === null) continue;
        const k = at(businessDayOnOrBefore(dayNumber(t.dateClosed)));
        if (k < 0) continue;
        p[k] += t.pl;
        pc[k] += t.pl / t.contracts;
        act[k] = 1;
      }
      for (let k = 0; k < P; k++) r[k] = p[k] / asset.capitalBasis;
    } else {
      const s = asset.series!;
      const growth = new Float64Array(P).fill(1);
      for (let i = 0; i < s.dates.length; i++) {
        const k = at(businessDayOnOrBefore(dayNumber(s.dates[i])));
        if (k < 0) continue;
        growth[k] *= 1 + s.returns[i];
        act[k] = 1;
      }
      for (let k = 0; k < P; k++) {
        r[k] = growth[k] - 1;
        p[k] = r[k];
      }
    }
    let n = 0;
    for (let k = 0; k < P; k++) n += act[k];
    pl.push(p);
    returns.push(r);
    active.push(act);
    perContract.push(pc);
    spanOut.push({ name: asset.name, first: isoDate(spans[a]!.first), last: isoDate(spans[a]!.last), activeDays: n });
  }
  return { period, from: isoDate(first), to: isoDate(last), businessDays, dates, pl, returns, active, plPerContract: perContract, firstDay: first, periodOfDay, spans: spanOut, empty: null };
}

/** Periods per year for annualizing: 252 business days, 52 weeks, 12 months. */
export function periodsPerYear(period: Period): number {
  return period === 'daily' ? 252 : period === 'weekly' ? 52 : 12;
}
