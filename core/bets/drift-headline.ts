/**
 * The drift flag of a group in one plain sentence for the Bets page, the report and the CLI
 * ("Miami has been off by 2.1 lately …", the wording): the worst significant test
 * first — forecast error in the log's own unit (e.g. °F for temperature markets), else the
 * Brier score; "no significant drift" or "not tested" otherwise. The full test statement
 * (Welch t, ν, p, threshold) stays in Drift.reason.
 */
import type { Drift } from './drift';

export function driftHeadline(group: string, drift: Drift, windowDays: number): string {
  const lately = `the last ${windowDays} settled day${windowDays === 1 ? '' : 's'}`;
  const error = drift.tests.find((t) => t.significant && t.metric === 'forecast-error');
  if (error) return `${group} has been off by ${error.meanX.toFixed(1)} lately (mean |forecast error| over ${lately}) vs ${error.meanY.toFixed(1)} before.`;
  const brier = drift.tests.find((t) => t.significant && t.metric === 'brier');
  if (brier) return `${group}'s probabilities have been less reliable lately: Brier ${brier.meanX.toFixed(3)} over ${lately} vs ${brier.meanY.toFixed(3)} before.`;
  if (drift.tests.length === 0) return `${group}: drift not tested (too few settled days on one side).`;
  return `${group}: no significant drift over ${lately}.`;
}
