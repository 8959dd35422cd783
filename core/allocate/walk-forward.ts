/**
 * Walk-forward evaluation (issue 19): folds of in-sample IS, purge, out-of-sample OOS periods;
 * rolling (IS fixed length) or anchored (IS from the first period). Fold k's out-of-sample
 * window starts at IS + purge + k·step, or — with an embargo E — no earlier than E periods
 * after the previous out-of-sample window ends (embargoed periods are neither traded nor
 * evaluated). The in-sample window ends `purge` periods before its out-of-sample window; each
 * fold re-fits on its in-sample window only (no later period is read). Out-of-sample returns
 * apply the fitted exposure; the turnover Σ|Δw| from the previous fold's weights (0 before the
 * first) is charged at cost-bps on the fold's first period. Per fold: compounded return, max
 * drawdown, Calmar (CAGR over the fold ÷ max drawdown), turnover; the concatenated out-of-sample
 * curve (overlapping folds hand over at the next fold's start) against equal weight; robustness:
 * median and 25th-percentile fold Calmar and the share of folds that lost.
 */
import { periodsPerYear } from './calendar';
import type { AllocationData } from './data';
import { calendarDaysBetween, compoundedDrawdown, figures, portfolioReturns } from './portfolio-metrics';
import { runMethod } from './run-method';
import type { AllocationMethod, AllocationOptions } from './types';

export interface WalkForwardOptions {
  mode: 'rolling' | 'anchored';
  inSample: number;
  outOfSample: number;
  step: number;
  purge: number;
  embargo: number;
  costBps: number;
}

export interface WalkForwardFold {
  index: number;
  inSampleFrom: string;
  inSampleTo: string;
  outOfSampleFrom: string;
  outOfSampleTo: string;
  weights: number[];
  return: number;
  maxDrawdown: number;
  calmar: number | null;
  turnover: number;
  cost: number;
}

export interface OosSummary {
  cagr: number | null;
  maxDrawdown: number;
  calmar: number | null;
}

export interface WalkForwardMethod {
  method: AllocationMethod;
  folds: WalkForwardFold[];
  /** Concatenated out-of-sample equity from 1, one point per evaluated period. */
  curve: { date: string; equity: number }[];
  oos: OosSummary;
  robustness: { medianCalmar: number | null; p25Calmar: number | null; negativeShare: number };
  messages: string[];
}

export interface WalkForwardResult {
  options: WalkForwardOptions;
  methods: WalkForwardMethod[];
  /** The equal-weight baseline on the same folds. */
  baseline: WalkForwardMethod;
  message: string | null;
}

export interface FoldWindow {
  isFrom: number;
  isTo: number;
  oosFrom: number;
  oosTo: number;
}

export function foldWindows(periods: number, o: WalkForwardOptions): FoldWindow[] {
  const folds: FoldWindow[] = [];
  let oosFrom = o.inSample + o.purge;
  while (oosFrom + o.outOfSample <= periods) {
    const isTo = oosFrom - o.purge;
    folds.push({ isFrom: o.mode === 'anchored' ? 0 : isTo - o.inSample, isTo, oosFrom, oosTo: oosFrom + o.outOfSample });
    oosFrom = o.embargo > 0 ? Math.max(oosFrom + o.step, oosFrom + o.outOfSample + o.embargo) : oosFrom + o.step;
  }
  return folds;
}

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function evaluate(data: AllocationData, options: AllocationOptions, method: AllocationMethod, windows: FoldWindow[], wf: WalkForwardOptions, onFold: () => void): WalkForwardMethod {
  const dates = data.calendar.dates;
  const ppy = periodsPerYear(data.calendar.period);
  const folds: WalkForwardFold[] = [];
  const curve: { date: string; equity: number }[] = [];
  const messages = new Set<string>();
  let previous: number[] | null = null;
  let equity = 1;
  const oosReturns: number[] = [];
  for (let k = 0; k < windows.length; k++) {
    const w = windows[k];
    const fit = runMethod(data, options, method, w.isFrom, w.isTo);
    for (const m of fit.result.messages) messages.add(m);
    const weights = fit.result.weights;
    const turnover = weights.reduce((s, v, i) => s + Math.abs(v - (previous ? previous[i] : 0)), 0);
    previous = weights;
    const cost = (turnover * wf.costBps) / 10_000;
    let r: Float64Array;
    if (fit.offset === 0) r = portfolioReturns(fit.columns, fit.x, w.oosFrom, w.oosTo);
    else {
      // kelly-margin: out-of-sample P/L per contract ÷ C from the calendar (the fit only saw its window).
      const C = options.capital;
      r = new Float64Array(w.oosTo - w.oosFrom);
      for (let i = 0; i < fit.x.length; i++) for (let t = w.oosFrom; t < w.oosTo; t++) r[t - w.oosFrom] += (fit.x[i] * data.calendar.plPerContract[i][t]) / C;
    }
    if (r.length > 0) r[0] -= cost;
    const f = figures(r, calendarDaysBetween(dates[w.oosFrom], dates[w.oosTo - 1]), ppy);
    const { final } = compoundedDrawdown(r);
    const foldCagr = f.cagr;
    folds.push({
      index: k + 1,
      inSampleFrom: dates[w.isFrom],
      inSampleTo: dates[w.isTo - 1],
      outOfSampleFrom: dates[w.oosFrom],
      outOfSampleTo: dates[w.oosTo - 1],
      weights,
      return: final - 1,
      maxDrawdown: f.maxDrawdown,
      calmar: foldCagr !== null && f.maxDrawdown > 0 ? foldCagr / f.maxDrawdown : null,
      turnover,
      cost,
    });
    onFold();
    const until = k + 1 < windows.length ? Math.min(w.oosTo, windows[k + 1].oosFrom) : w.oosTo;
    for (let t = w.oosFrom; t < until; t++) {
      equity *= 1 + r[t - w.oosFrom];
      if (equity < 0) equity = 0;
      oosReturns.push(r[t - w.oosFrom]);
      curve.push({ date: dates[t], equity });
    }
  }
  const total = figures(oosReturns, curve.length > 1 ? calendarDaysBetween(curve[0].date, curve[curve.length - 1].date) : 0, ppy);
  const calmars = folds.flatMap((f) => (f.calmar === null ? [] : [f.calmar])).sort((a, b) => a - b);
  return {
    method,
    folds,
    curve,
    oos: { cagr: total.cagr, maxDrawdown: total.maxDrawdown, calmar: total.cagr !== null && total.maxDrawdown > 0 ? total.cagr / total.maxDrawdown : null },
    robustness: { medianCalmar: quantile(calmars, 0.5), p25Calmar: quantile(calmars, 0.25), negativeShare: folds.length === 0 ? 0 : folds.filter((f) => f.return < 0).length / folds.length },
    messages: [...messages],
  };
}

/** `onProgress` receives fits done out of folds × (methods + the equal-weight baseline). */
export function walkForward(data: AllocationData, options: AllocationOptions, methods: readonly AllocationMethod[], wf: WalkForwardOptions, onProgress?: (done: number, total: number) => void): WalkForwardResult {
  const windows = foldWindows(data.calendar.dates.length, wf);
  const total = windows.length * (methods.length + 1);
  let done = 0;
  const onFold = () => onProgress?.(++done, total);
  const message = windows.length === 0 ? `No fold fits: ${data.calendar.dates.length} periods in the calendar, a fold needs ${wf.inSample} in-sample + ${wf.purge} purge + ${wf.outOfSample} out-of-sample.` : null;
  return {
    options: wf,
    methods: methods.map((m) => evaluate(data, options, m, windows, wf, onFold)),
    baseline: evaluate(data, options, 'equal', windows, wf, onFold),
    message,
  };
}
