/**
 * The Replay page's scenarios as the user edits them: a name, a sizing rule (core's
 * SizingRule) and constraints (core's ReplaySettings, with the starting capital left empty
 * to mean "the log's own"). Quick presets are rule specs parsed by core's parseRuleSpec;
 * turning a draft into a runnable ReplayScenario validates it with core's checks.
 */
import { defaultReplaySettings, formatRuleSpec, parseRuleSpec, validateReplaySettings, type ReplayScenario, type ReplaySettings, type RuleSpecResult, type SizingRule } from '../../../core/replay';
import { DEFAULT_MARGIN_CEILING } from '../../../core/sizing/placeable';

export const MAX_SCENARIOS = 8;

export interface ScenarioConstraints extends Omit<ReplaySettings, 'startingCapital'> {
  /** null = the log's starting capital (SPEC §2). */
  startingCapital: number | null;
}

export interface ScenarioDraft {
  id: string;
  name: string;
  rule: SizingRule;
  constraints: ScenarioConstraints;
}

export interface Preset {
  name: string;
  spec: string;
  /** One line under the preset's button. */
  description: string;
}

export const PRESETS: Preset[] = [
  { name: 'As logged', spec: 'log', description: "The log's own contract counts" },
  { name: '1 contract', spec: 'fixed:1', description: 'One contract on every trade' },
  { name: 'Half Kelly', spec: 'kelly:0.5:avg-loss', description: "½ × the discrete Kelly p − q/b of per-contract P/L from past trades only (the Sizing page's half Kelly is of the growth-optimal fraction of the whole log, within its caps), risk = avg loss" },
  { name: 'Quarter Kelly', spec: 'kelly:0.25:avg-loss', description: "¼ × the discrete Kelly p − q/b from past trades only (not the Sizing page's growth-optimal fraction of the whole log), risk = avg loss" },
  { name: '2% fixed fraction', spec: 'fraction:0.02:avg-loss', description: 'Risk 2% of equity, risk = avg loss' },
  { name: 'Optimal f', spec: 'optimal-f', description: "Vince's optimal f on per-contract P/L" },
  { name: 'Vol target 15%', spec: 'vol-target:0.15', description: '15% annualized volatility of daily P/L' },
];

/** Line colours of up to 8 scenarios, distinct in print and for common colour blindness. */
export const SCENARIO_COLORS = ['#1d4ed8', '#dc2626', '#059669', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#4b5563'];

/**
 * A new scenario's constraints: the replay's defaults with the Sizing page's default placeable
 * cap (issue 18 §1): margin of open trades ≤ 100% of equity × the broker margin multiplier,
 * shown and liftable in the constraints panel.
 */
export function defaultConstraints(): ScenarioConstraints {
  return { ...defaultReplaySettings(1), marginCeiling: DEFAULT_MARGIN_CEILING, startingCapital: null };
}

let nextId = 0;
export function newScenarioId(): string {
  nextId += 1;
  return `scenario-${Date.now().toString(36)}-${nextId}`;
}

/** A scenario from a rule spec; throws on a spec the presets would never contain. */
export function scenarioFromSpec(name: string, spec: string, constraints: ScenarioConstraints = defaultConstraints()): ScenarioDraft {
  const parsed = parseRuleSpec(spec);
  if (!parsed.ok) throw new Error(parsed.message);
  return { id: newScenarioId(), name, rule: parsed.rule, constraints: { ...constraints, weekdays: [...constraints.weekdays] } };
}

/** A preset's scenario; "As logged" replays the recorded history, so no default cap alters it (add one to see what it would have allowed). */
export function presetScenario(preset: Preset): ScenarioDraft {
  return scenarioFromSpec(preset.name, preset.spec, preset.spec === 'log' ? { ...defaultConstraints(), marginCeiling: null } : defaultConstraints());
}

/** The draft as core's settings (the log's capital filled in). */
export function replaySettings(constraints: ScenarioConstraints, logCapital: number): ReplaySettings {
  return { ...constraints, startingCapital: constraints.startingCapital ?? logCapital };
}

export type RunnableScenario = { ok: true; scenario: ReplayScenario } | { ok: false; problems: string[] };

/** The draft as a core scenario, or the problems (rule spec and constraints) in words. */
export function toReplayScenario(draft: ScenarioDraft, logCapital: number): RunnableScenario {
  const problems: string[] = [];
  const parsed = checkRule(draft.rule);
  if (!parsed.ok) problems.push(parsed.message);
  const settings = replaySettings(draft.constraints, logCapital);
  problems.push(...validateReplaySettings(settings));
  return problems.length > 0 || !parsed.ok ? { ok: false, problems } : { ok: true, scenario: { rule: parsed.rule, settings } };
}

/** Core's own check of a rule (its canonical spec parsed back); a malformed object is reported, not thrown. */
function checkRule(rule: SizingRule): RuleSpecResult {
  try {
    return parseRuleSpec(formatRuleSpec(rule));
  } catch {
    return { ok: false, message: 'the sizing rule is malformed' };
  }
}

/** A name not yet used by `existing` ("Half Kelly", "Half Kelly (2)", …). */
export function uniqueName(name: string, existing: readonly ScenarioDraft[]): string {
  const taken = new Set(existing.map((s) => s.name));
  if (!taken.has(name)) return name;
  for (let k = 2; ; k++) if (!taken.has(`${name} (${k})`)) return `${name} (${k})`;
}

/** Whether a stored value looks like a scenario draft (saved scenarios come back as JSON). */
export function isScenarioDraft(value: unknown): value is Omit<ScenarioDraft, 'id'> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ScenarioDraft>;
  if (typeof candidate.name !== 'string' || typeof candidate.rule !== 'object' || candidate.rule === null || typeof candidate.constraints !== 'object' || candidate.constraints === null) return false;
  return checkRule(candidate.rule).ok && Array.isArray(candidate.constraints.weekdays) && candidate.constraints.weekdays.length === 7;
}
