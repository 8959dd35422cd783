/** compareLive for the unit tests: fails the test on an options error, checks every number is finite. */
import { expect } from 'vitest';
import { compareLive, type CompareLiveOptions, type LiveComparison } from '../../../core/live';
import type { ReportingTrade, Trade } from '../../../core/model';
import { allFinite } from '../sizing/finite';

export function compare(backtest: readonly Trade[], live: readonly ReportingTrade[], options: CompareLiveOptions = {}): LiveComparison {
  const outcome = compareLive(backtest, live, options);
  if (!outcome.ok) throw new Error(outcome.message);
  expect(allFinite(outcome.comparison)).toBe(true);
  // No null without its reason.
  const check = (value: { nullReasons: Record<string, string> }) => {
    for (const [key, field] of Object.entries(value)) if (field === null) expect(value.nullReasons[key], key).toBeTruthy();
  };
  outcome.comparison.strategies.forEach(check);
  outcome.comparison.pairs.forEach(check);
  check(outcome.comparison.window);
  return outcome.comparison;
}
