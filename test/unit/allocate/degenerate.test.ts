// Degenerate inputs give a stated fallback and a message, never NaN: one asset, every edge ≤ 0,
// identical series, a constant series (singular covariance), a bad row, no shared dates,
// kelly-margin on prices.
import { describe, expect, it } from 'vitest';
import { allocate, ALLOCATION_METHODS, DEFAULT_ALLOCATION_OPTIONS, parseSeriesFile, type AllocationSource } from '../../../core/allocate';

function source(cols: Record<string, number[]>, start = '2024-01-01'): AllocationSource {
  const n = Object.values(cols)[0].length;
  const dates: string[] = [];
  for (let d = 0; dates.length < n; d++) {
    const day = new Date(Date.parse(start) + d * 86_400_000);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    dates.push(day.toISOString().slice(0, 10));
  }
  return { kind: 'series', file: `legs-${start}.csv`, series: Object.entries(cols).map(([name, returns]) => ({ name, source: 'legs.csv', kind: 'returns' as const, dates, returns, extras: {} })) };
}
const wave = (k: number, m = 0.001) => Array.from({ length: 60 }, (_, t) => 0.01 * Math.sin(t * k) + m);
const run = (src: AllocationSource[], method: (typeof ALLOCATION_METHODS)[number]) => allocate({ sources: src, options: { ...DEFAULT_ALLOCATION_OPTIONS, method, capital: 100_000 } });

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

describe('degenerate inputs', () => {
  const weightMethods = ALLOCATION_METHODS.filter((m) => m !== 'kelly-margin');
  it('one asset: the whole budget, with a message', () => {
    const out = run([source({ A: wave(1) })], 'risk-parity');
    expect(out.ok && out.result.weights).toEqual([1]);
    expect(out.ok && out.result.messages.join(' ')).toMatch(/One asset/);
  });
  it('every edge ≤ 0: max-Sharpe holds cash, Kelly bets nothing', () => {
    const src = [source({ A: wave(1, -0.002), B: wave(2, -0.001) })];
    const ms = run(src, 'max-sharpe');
    expect(ms.ok && ms.result.weights).toEqual([0, 0]);
    expect(ms.ok && ms.result.messages.join(' ')).toMatch(/hold cash/);
    const kg = run(src, 'kelly-gaussian');
    expect(kg.ok && kg.result.weights).toEqual([0, 0]);
  });
  it('identical and constant series: finite weights and messages for every method', () => {
    for (const method of weightMethods) {
      const out = run([source({ A: wave(1), B: wave(1), C: new Array(60).fill(0) })], method);
      if (!out.ok) throw new Error(out.message);
      expect(allFinite(out)).toBe(true);
      expect(out.messages.join(' ')).toMatch(/Identical series/);
      expect(out.messages.join(' ')).toMatch(/Constant on the calendar \(no closes or no price change\): C\./);
    }
  });
  it('a bad row refuses the file with its row and column', () => {
    const parsed = parseSeriesFile('SPY.csv', 'Date,Adj Close\n2024-01-02,100\n2024-01-03,abc\n2024-01-04,101\n');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toBe('SPY.csv: row 3, column "Adj Close": "abc" is not a number.');
  });
  it('no shared dates: a message naming the dates', () => {
    const out = run([source({ A: wave(1) }, '2020-01-01'), source({ B: wave(2) }, '2024-01-01')], 'equal');
    expect(out.ok).toBe(false);
    expect(!out.ok && out.message).toMatch(/No shared dates/);
  });
  it('kelly-margin on price series: a message', () => {
    const out = run([source({ A: wave(1) })], 'kelly-margin');
    expect(!out.ok && out.message).toMatch(/kelly-margin sizes contracts from trade logs/);
  });
});
