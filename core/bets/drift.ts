/**
 * Drift flag of a group: is the recent window worse than the group's longer history?
 *
 * Two one-sided Welch t-tests (welch.ts), recent window (the last W settled days) against
 * every earlier settled day of the group. The unit is the settled day (the mean over the
 * day's bets), not the bet: bets of one city on one day share the day's forecast error and
 * weather, so counting them as independent would overstate the evidence.
 * - forecast error: mean |forecast_error| larger recently;
 * - calibration: mean per-bet Brier contribution (p − outcome)² larger recently (a proper
 *   score, so a worse mean is worse calibration or resolution of the probabilities).
 * Each test needs at least `minDays` settled days on both sides (default 5); the flag is raised when
 * a test's p-value is below α divided by the number of tests run (Bonferroni, α = 0.05 by
 * default, so 0.025 with both tests). The reason names the test, both means, t, ν and p.
 */
import { welchGreater, type WelchResult } from './welch';

export type DriftMetric = 'forecast-error' | 'brier';

export interface DriftTest extends WelchResult {
  metric: DriftMetric;
  significant: boolean;
}

export interface Drift {
  flag: boolean;
  reason: string;
  alpha: number;
  /** α / tests run (the per-test threshold); null when nothing could be tested. */
  threshold: number | null;
  tests: DriftTest[];
  /** Why a test was not run. */
  untested: { metric: DriftMetric; reason: string }[];
}

const LABEL: Record<DriftMetric, string> = { 'forecast-error': 'forecast error |e|', brier: 'Brier score' };

function pText(p: number): string {
  return p < 0.0001 ? p.toExponential(1) : p.toFixed(4);
}

function describe(test: DriftTest, windowDays: number): string {
  const digits = test.metric === 'brier' ? 3 : 2;
  return `${LABEL[test.metric]} ${test.meanX.toFixed(digits)} in the last ${windowDays} settled days vs ${test.meanY.toFixed(digits)} before (one-sided Welch t = ${test.t.toFixed(2)}, ν = ${test.df.toFixed(1)}, p = ${pText(test.pValue)})`;
}

export interface DriftSamples {
  metric: DriftMetric;
  recent: number[];
  history: number[];
}

export function driftFlag(samples: DriftSamples[], windowDays: number, alpha = 0.05, minDays = 5): Drift {
  const runnable: { metric: DriftMetric; result: WelchResult }[] = [];
  const untested: Drift['untested'] = [];
  for (const { metric, recent, history } of samples) {
    if (recent.length < minDays || history.length < minDays) {
      untested.push({ metric, reason: `${LABEL[metric]}: ${recent.length} recent and ${history.length} earlier settled days (${minDays} needed on each side)` });
      continue;
    }
    const result = welchGreater(recent, history);
    if (result === null) untested.push({ metric, reason: `${LABEL[metric]}: no spread in either sample` });
    else runnable.push({ metric, result });
  }
  if (runnable.length === 0) {
    const why = untested.length > 0 ? untested.map((u) => u.reason).join('; ') : 'no forecast errors or model probabilities';
    return { flag: false, reason: `Not tested: ${why}.`, alpha, threshold: null, tests: [], untested };
  }
  const threshold = alpha / runnable.length;
  const tests = runnable.map(({ metric, result }) => ({ ...result, metric, significant: result.pValue < threshold }));
  const significant = tests.filter((t) => t.significant);
  const reason =
    significant.length > 0
      ? `Worse recently: ${significant.map((t) => describe(t, windowDays)).join('; ')}; flagged below p ${threshold.toFixed(3)}.`
      : `No significant drift: ${tests.map((t) => describe(t, windowDays)).join('; ')}; a flag needs p < ${threshold.toFixed(3)}.`;
  return { flag: significant.length > 0, reason, alpha, threshold, tests, untested };
}
