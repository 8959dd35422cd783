/**
 * Allocator benchmark (issue 19): a synthetic trade log of 20 strategies × 1,000 business days
 * (each strategy opens on about 60% of days at a random minute, closes the same day or the next,
 * so positions overlap across strategies and days; margin per contract 2,000–8,000), seeded.
 * Targets: every method < 50 ms; kelly-margin with the margin constraint at every opening moment
 * < 200 ms; walk-forward 40 folds × all methods < 2 s.
 */
import { ALLOCATION_METHODS, DEFAULT_ALLOCATION_OPTIONS, prepareAllocation, runMethod, walkForward, type AllocationSource } from '../../core/allocate';
import type { Trade } from '../../core/model';
import { Xoshiro128 } from '../../core/random';
import { median, runsText } from './bench-util';

const STRATEGIES = 20;
const DAYS = 1000;
const CAPITAL = 1_000_000;
const rng = new Xoshiro128(19);
const trades: Trade[] = [];
const businessDays: string[] = [];
for (let d = 0; businessDays.length < DAYS + 1; d++) {
  const day = new Date(Date.UTC(2020, 0, 1 + d));
  if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) businessDays.push(day.toISOString().slice(0, 10));
}
const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
for (let s = 0; s < STRATEGIES; s++) {
  const margin = 2000 + 6000 * rng.nextFloat();
  const edge = (rng.nextFloat() - 0.3) * 60;
  for (let d = 0; d < DAYS; d++) {
    if (rng.nextFloat() > 0.6) continue;
    const open = 570 + Math.floor(rng.nextFloat() * 300);
    const overnight = rng.nextFloat() < 0.2;
    const close = overnight ? 570 + Math.floor(rng.nextFloat() * 390) : Math.min(960, open + 5 + Math.floor(rng.nextFloat() * 120));
    const pl = edge + (rng.nextFloat() - 0.5) * 1200;
    trades.push({
      strategy: `S${s + 1}`, symbol: 'SPX', dateOpened: businessDays[d], timeOpened: hhmm(open), dateClosed: businessDays[overnight ? d + 1 : d], timeClosed: hhmm(close),
      contracts: 1, pl, fees: 0, premium: null, marginReq: margin, fundsAtClose: null, maxLossPct: null, maxProfitPct: null, openingPrice: null, closingPrice: null, openingVix: null, legs: '', reasonForClose: '',
    });
  }
}
const sources: AllocationSource[] = [{ kind: 'trades', file: 'synthetic.csv', trades, startingCapital: CAPITAL }];
const data = prepareAllocation(sources, 'daily', CAPITAL);
const options = { ...DEFAULT_ALLOCATION_OPTIONS, capital: CAPITAL, max: 0.5 };
console.log(`${trades.length.toLocaleString('en-US')} trades, ${STRATEGIES} strategies, ${data.calendar.dates.length} days, ${data.timeline!.count.toLocaleString('en-US')} opening moments`);

let failed = false;
for (const method of ALLOCATION_METHODS) {
  const target = method === 'kelly-margin' ? 200 : 50;
  const t = await median(5, () => runMethod(data, { ...options, method }, method));
  const ok = t.wallMs < target;
  if (!ok) failed = true;
  console.log(`${method.padEnd(15)} median ${t.wallMs.toFixed(1)} ms, CPU ${t.cpuMs.toFixed(1)} ms (target < ${target} ms) ${ok ? 'ok' : 'SLOW'} — ${runsText(t.runsMs)}`);
}
const wf = { mode: 'rolling' as const, inSample: 200, outOfSample: 20, step: 20, purge: 1, embargo: 0, costBps: 5 };
const t = await median(3, () => walkForward(data, options, [...ALLOCATION_METHODS], wf));
const folds = walkForward(data, options, ['equal'], wf).methods[0].folds.length;
const ok = t.wallMs < 2000;
if (!ok) failed = true;
console.log(`walk-forward ${folds} folds × ${ALLOCATION_METHODS.length} methods + equal baseline: median ${t.wallMs.toFixed(0)} ms, CPU ${t.cpuMs.toFixed(0)} ms (target < 2000 ms) ${ok ? 'ok' : 'SLOW'} — ${runsText(t.runsMs)}`);
if (failed) process.exitCode = 1;
