/**
 * The allocation's prepared data: columns named (naming rules), the shared calendar, and — when
 * every column is a trade-log strategy — the one time-aware margin timeline of SPEC §3 with each
 * moment's calendar period, for kelly-margin. Built once; every method and every walk-forward
 * fold reads windows of it.
 */
import { marginTimeline, type MarginTimeline } from '../margin';
import type { Trade } from '../model';
import { businessDayOnOrBefore } from '../stats';
import { buildCalendar, type AllocationCalendar } from './calendar';
import { strategyName, uniqueNames } from './naming';
import type { AllocationAsset, AllocationSource, Period } from './types';

export interface AllocationData {
  names: string[];
  assets: AllocationAsset[];
  calendar: AllocationCalendar;
  /** null unless every column is a strategy with trades. */
  timeline: MarginTimeline | null;
  timelineIndex: number[];
  /** Per timeline moment: its calendar period (−1 before the calendar, periods count after it). */
  momentPeriod: Int32Array;
}

/** Columns of the inputs: each strategy of each trade log, each series of each series file. */
export function allocationAssets(sources: readonly AllocationSource[]): AllocationAsset[] {
  const raw: Omit<AllocationAsset, 'name'>[] = [];
  const rawNames: { name: string; file: string }[] = [];
  for (const source of sources) {
    if (source.kind === 'trades') {
      const by = new Map<string, Trade[]>();
      for (const t of source.trades) {
        const name = strategyName(t.strategy, source.file);
        let list = by.get(name);
        if (!list) by.set(name, (list = []));
        list.push(t);
      }
      for (const [name, trades] of by) {
        rawNames.push({ name, file: source.file });
        raw.push({ file: source.file, kind: 'strategy', trades, capitalBasis: source.marginBasis?.[name] ?? source.startingCapital, series: null });
      }
    } else {
      for (const s of source.series) {
        rawNames.push({ name: s.name, file: source.file });
        raw.push({ file: source.file, kind: 'series', trades: [], capitalBasis: 1, series: s });
      }
    }
  }
  const names = uniqueNames(rawNames);
  return raw.map((a, i) => ({ ...a, name: names[i] }));
}

export function prepareAllocation(sources: readonly AllocationSource[], period: Period, capital: number): AllocationData {
  const assets = allocationAssets(sources);
  const calendar = buildCalendar(assets, period);
  const names = assets.map((a) => a.name);
  let timeline: MarginTimeline | null = null;
  let timelineIndex: number[] = [];
  let momentPeriod = new Int32Array(0);
  if (assets.length > 0 && assets.every((a) => a.kind === 'strategy') && calendar.empty === null) {
    const trades = assets.flatMap((a) => a.trades.map((t) => ({ ...t, strategy: a.name })));
    timeline = marginTimeline(trades, capital);
    const index = new Map(timeline.strategies.map((s, i) => [s, i]));
    timelineIndex = names.map((n) => index.get(n) ?? 0);
    momentPeriod = new Int32Array(timeline.count);
    const P = calendar.dates.length;
    const lastDay = calendar.firstDay + calendar.periodOfDay.length - 1;
    for (let k = 0; k < timeline.count; k++) {
      const day = businessDayOnOrBefore(timeline.day[k]);
      momentPeriod[k] = day < calendar.firstDay ? -1 : day > lastDay ? P : calendar.periodOfDay[day - calendar.firstDay];
    }
  }
  return { names, assets, calendar, timeline, timelineIndex, momentPeriod };
}
