/**
 * Replay (scenario simulator): re-runs a log's trades in open order under sizing rules and
 * constraints. Prepare the input once per log, then run up to 8 scenarios on it.
 */
import { runScenario } from './engine';
import type { ReplayInput, ReplayScenario, ScenarioResult } from './types';

export type * from './types';
export { SKIP_REASONS } from './types';
export { SKIP_REASON_TEXT } from './skip-reason-text';
export { prepareReplayInput } from './prepare';
export { withRiskFree } from './with-risk-free';
export { MAX_REPLAY_CONTRACTS, runScenario } from './engine';
export { trailingDailyVolatility, VOL_MIN_DAYS, VOL_WINDOW_DAYS } from './trailing-vol';
export { parseRuleSpec, formatRuleSpec, readableRuleSpec, isValidSizingRule, sizingRuleSchema, RULE_SPEC_HELP, type RuleSpecResult } from './rule-spec';
export { defaultReplaySettings, replaySettingsErrors, replaySettingsSchema, validateReplaySettings, parseWeekdays, parseStreak, parseGuardrail, type Parsed } from './settings';
export { contractsForRule, type RuleSizingContext, skipOf } from './contracts-for-rule';
export { curveMetrics, type CurveMetrics } from './curve-metrics';

/** Runs each scenario on the same prepared input. */
export function runReplay(input: ReplayInput, scenarios: ReplayScenario[]): ScenarioResult[] {
  return scenarios.map((scenario) => runScenario(input, scenario));
}
