/**
 * The replay comparison the report shows (core/replay): which scenarios it compares — rule
 * specs given explicitly (the CLI's --rules), else the replay scenarios saved in the
 * workspace, else a documented default set — and their results on the report's trades.
 * Shared by the data worker and `sizewise report`, so the app and the CLI compare alike.
 */
import type { Trade } from '../model';
import type { RateSeries, RiskFreeUsed } from '../stats/risk-free';
import {
  defaultReplaySettings,
  formatRuleSpec,
  parseRuleSpec,
  prepareReplayInput,
  runReplay,
  validateReplaySettings,
  withRiskFree,
  type ReplayInput,
  type ReplayScenario,
  type ReplaySettings,
  type ScenarioResult,
  type SizingRule,
} from '../replay';

/** The report compares at most this many scenarios (one line colour each). */
export const MAX_REPORT_SCENARIOS = 8;

/** Compared when the workspace has no saved replay scenario and no rules are given. */
export const DEFAULT_REPORT_SCENARIOS: readonly { name: string; spec: string }[] = [
  { name: 'As logged', spec: 'log' },
  { name: '1 contract', spec: 'fixed:1' },
  { name: 'Half Kelly', spec: 'kelly:0.5' },
  { name: 'Quarter Kelly', spec: 'kelly:0.25' },
];

/** Name of the scenario core/app/report puts first: the Sizing section's recommendation (issue 18 §1). */
export const RECOMMENDATION_SCENARIO = 'Sizing recommendation';

export interface NamedScenario {
  name: string;
  scenario: ReplayScenario;
}

/** Where the compared scenarios came from. */
export type ScenarioSource = 'rules' | 'saved' | 'default';

export interface ScenarioRun {
  name: string;
  settings: ReplaySettings;
  result: ScenarioResult;
}

export interface ReplayComparison {
  source: ScenarioSource;
  /** The report's capital: the default set's starting capital, and that of saved scenarios using the log's own. */
  capital: number;
  /** Business days of every run's equity curve. */
  dates: string[];
  runs: ScenarioRun[];
  /** Trades the replay left out, and saved scenarios that could not be used, in words. */
  warnings: string[];
  /** The historical risk-free rate that replaced the scenarios' fixed rate for Sharpe, when the statistics use it. */
  riskFree?: RiskFreeUsed;
}

/** A saved workspace scenario as stored (DataApi.listScenarios('replay')): its name and JSON value. */
export interface StoredScenario {
  name: string;
  value: unknown;
}

function namedFromSpec(name: string, spec: string, capital: number): NamedScenario {
  const parsed = parseRuleSpec(spec);
  if (!parsed.ok) throw new Error(parsed.message);
  return { name, scenario: { rule: parsed.rule, settings: defaultReplaySettings(capital) } };
}

/** Core's own check of a stored rule: its canonical spec parsed back (a malformed object is reported, not thrown). */
function checkedRule(rule: unknown): SizingRule | string {
  try {
    const parsed = parseRuleSpec(formatRuleSpec(rule as SizingRule));
    return parsed.ok ? parsed.rule : parsed.message;
  } catch {
    return 'the sizing rule is malformed';
  }
}

/** Core's validation of stored settings; a value of the wrong shape is reported, not thrown. */
function settingsProblems(settings: ReplaySettings): string[] {
  try {
    return Array.isArray(settings.weekdays) ? validateReplaySettings(settings) : ['weekdays must list 7 days (Sunday first)'];
  } catch {
    return ['the constraints are malformed'];
  }
}

/**
 * A saved Replay-page scenario ({ name, rule, constraints } with constraints.startingCapital
 * null = the log's own capital, here the report's capital) as a runnable scenario, or the
 * problems with it. Constraints missing from an older stored value take their defaults.
 */
export function storedReplayScenario(stored: StoredScenario, capital: number): NamedScenario | { name: string; problems: string[] } {
  const value = stored.value as { rule?: unknown; constraints?: Record<string, unknown> } | null;
  if (typeof value !== 'object' || value === null || typeof value.constraints !== 'object' || value.constraints === null) {
    return { name: stored.name, problems: ['it is not a replay scenario (no rule and constraints)'] };
  }
  const rule = checkedRule(value.rule);
  const defaults = defaultReplaySettings(capital);
  const settings = { ...defaults } as ReplaySettings;
  for (const key of Object.keys(defaults) as (keyof ReplaySettings)[]) {
    if (value.constraints[key] !== undefined) (settings as unknown as Record<string, unknown>)[key] = value.constraints[key];
  }
  if (value.constraints.startingCapital === null) settings.startingCapital = capital;
  const problems = [...(typeof rule === 'string' ? [rule] : []), ...settingsProblems(settings)];
  return problems.length > 0 || typeof rule === 'string' ? { name: stored.name, problems } : { name: stored.name, scenario: { rule, settings } };
}

export interface ComparisonOptions {
  /** Rule specs to compare (e.g. `sizewise report --rules`); each is named by its spec. Throws on a bad spec. */
  rules?: readonly string[];
  /** The workspace's saved replay scenarios. */
  saved?: readonly StoredScenario[];
  /** The statistics' risk-free rate for the scenarios' Sharpe: the DTB3 series replaces their fixed rate (default 0). */
  riskFree?: number | RateSeries;
}

/** The scenarios to compare and where they came from: rules, else usable saved scenarios, else the default set. */
export function reportScenarios(capital: number, options: ComparisonOptions = {}): { source: ScenarioSource; scenarios: NamedScenario[]; warnings: string[] } {
  if (options.rules && options.rules.length > 0) {
    if (options.rules.length > MAX_REPORT_SCENARIOS) throw new Error(`at most ${MAX_REPORT_SCENARIOS} rules can be compared, got ${options.rules.length}`);
    return { source: 'rules', scenarios: options.rules.map((spec) => namedFromSpec(spec.trim(), spec, capital)), warnings: [] };
  }
  const warnings: string[] = [];
  const usable: NamedScenario[] = [];
  for (const stored of options.saved ?? []) {
    const outcome = storedReplayScenario(stored, capital);
    if ('scenario' in outcome) usable.push(outcome);
    else warnings.push(`Saved scenario "${outcome.name}" left out: ${outcome.problems.join('; ')}.`);
  }
  if (usable.length > MAX_REPORT_SCENARIOS) {
    warnings.push(`Only the first ${MAX_REPORT_SCENARIOS} of ${usable.length} saved scenarios are compared.`);
    usable.length = MAX_REPORT_SCENARIOS;
  }
  if (usable.length > 0) return { source: 'saved', scenarios: usable, warnings };
  return { source: 'default', scenarios: DEFAULT_REPORT_SCENARIOS.map(({ name, spec }) => namedFromSpec(name, spec, capital)), warnings };
}

/** The report's trades prepared for replay, or why none can be replayed. */
export function replayableInput(trades: readonly Trade[]): { ok: true; input: ReplayInput } | { ok: false; message: string } {
  const input = prepareReplayInput(trades);
  if (input.count > 0) return { ok: true, input };
  const why = input.warnings.length > 0 ? ` (${input.warnings.join('; ')})` : '';
  return { ok: false, message: `no closed trade can be replayed${why}` };
}

/** The comparison section's data: the chosen scenarios with their results (`results[i]` of `chosen.scenarios[i]`). */
export function assembleComparison(input: ReplayInput, chosen: ReturnType<typeof reportScenarios>, results: ScenarioResult[], capital: number): ReplayComparison {
  return {
    source: chosen.source,
    capital,
    dates: input.dates,
    runs: chosen.scenarios.map((s, i) => ({ name: s.name, settings: s.scenario.settings, result: results[i] })),
    warnings: [...input.warnings, ...chosen.warnings],
    ...(input.riskFree ? { riskFree: input.riskFree.used } : {}),
  };
}

/** The comparison of the report's trades, or why there is none (no closed trade can be replayed). */
export function compareReportScenarios(trades: readonly Trade[], capital: number, options: ComparisonOptions = {}): { ok: true; value: ReplayComparison } | { ok: false; message: string } {
  const replayable = replayableInput(trades);
  if (!replayable.ok) return replayable;
  const input = withRiskFree(replayable.input, options.riskFree ?? 0);
  const chosen = reportScenarios(capital, options);
  const results = runReplay(input, chosen.scenarios.map((s) => s.scenario));
  return { ok: true, value: assembleComparison(input, chosen, results, capital) };
}
