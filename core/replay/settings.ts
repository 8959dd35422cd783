/**
 * Replay constraints: defaults, validation, and the text forms shared by the CLI and UI
 * (`--days mon,tue`, `--streak 3:0.5`, `--guardrail 0.2:0.5` or `0.2:stop`).
 */
import type { GuardrailRule, ReplaySettings } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** No ceiling or limits, the log's fees, every weekday, trailing estimates with a 20-trade warm-up. */
export function defaultReplaySettings(startingCapital: number): ReplaySettings {
  return {
    startingCapital,
    marginCeiling: null,
    marginMultiplier: 1,
    maxOpenTrades: null,
    commissionPerContract: null,
    weekdays: [true, true, true, true, true, true, true],
    streak: null,
    guardrail: null,
    estimates: 'trailing',
    warmupTrades: 20,
    riskFreeRate: 0,
  };
}

/** Problems with settings, in words (empty when valid). */
export function validateReplaySettings(s: ReplaySettings): string[] {
  const problems: string[] = [];
  const positive = (value: number, what: string) => {
    if (!(Number.isFinite(value) && value > 0)) problems.push(`${what} must be a positive number, got ${value}`);
  };
  positive(s.startingCapital, 'starting capital');
  positive(s.marginMultiplier, 'margin multiplier');
  if (s.marginCeiling !== null) positive(s.marginCeiling, 'margin ceiling');
  if (s.maxOpenTrades !== null && !(Number.isInteger(s.maxOpenTrades) && s.maxOpenTrades >= 1)) problems.push(`max open trades must be a whole number ≥ 1, got ${s.maxOpenTrades}`);
  if (s.commissionPerContract !== null && !(Number.isFinite(s.commissionPerContract) && s.commissionPerContract >= 0)) problems.push(`commission per contract must be ≥ 0, got ${s.commissionPerContract}`);
  if (s.weekdays.length !== 7) problems.push('weekdays must list 7 days (Sunday first)');
  if (s.streak !== null && !(Number.isInteger(s.streak.losses) && s.streak.losses >= 1 && s.streak.multiplier >= 0)) problems.push('streak rule needs K ≥ 1 losses and a multiplier ≥ 0');
  if (s.guardrail !== null) {
    if (!(s.guardrail.drawdown > 0 && s.guardrail.drawdown < 1)) problems.push(`guardrail drawdown must be between 0 and 1, got ${s.guardrail.drawdown}`);
    if (s.guardrail.action !== 'stop' && !(s.guardrail.action.multiplier >= 0)) problems.push('guardrail multiplier must be ≥ 0');
  }
  if (!(Number.isInteger(s.warmupTrades) && s.warmupTrades >= 0)) problems.push(`warm-up trades must be a whole number ≥ 0, got ${s.warmupTrades}`);
  if (!Number.isFinite(s.riskFreeRate)) problems.push('risk-free rate must be a number');
  return problems;
}

/** `mon,tue,wed` → weekday flags (Sunday first); weekend days are allowed only when listed. */
export function parseWeekdays(text: string): Parsed<boolean[]> {
  const flags = [false, false, false, false, false, false, false];
  for (const raw of text.split(',')) {
    const name = raw.trim().toLowerCase().slice(0, 3);
    const index = WEEKDAY_NAMES.indexOf(name);
    if (index < 0 || raw.trim().length < 3) return { ok: false, message: `days: "${raw.trim()}" is not a weekday (use mon,tue,wed,thu,fri)` };
    flags[index] = true;
  }
  return { ok: true, value: flags };
}

function number(text: string | undefined): number {
  return text === undefined || text.trim() === '' ? NaN : Number(text);
}

/** `K:m` → after K consecutive losses multiply size by m until a win. */
export function parseStreak(text: string): Parsed<{ losses: number; multiplier: number }> {
  const [k, m, extra] = text.split(':');
  const losses = number(k);
  const multiplier = number(m);
  if (extra !== undefined || !Number.isInteger(losses) || losses < 1 || !(multiplier >= 0)) {
    return { ok: false, message: `streak: "${text}" is not K:m (K losses ≥ 1, multiplier ≥ 0, e.g. 3:0.5)` };
  }
  return { ok: true, value: { losses, multiplier } };
}

/** `X:m` or `X:stop` → at a drawdown ≥ X (fraction) multiply size by m, or stop opening trades. */
export function parseGuardrail(text: string): Parsed<GuardrailRule> {
  const [x, action, extra] = text.split(':');
  const drawdown = number(x);
  if (extra !== undefined || !(drawdown > 0 && drawdown < 1) || action === undefined) {
    return { ok: false, message: `guardrail: "${text}" is not X:m or X:stop (X a drawdown fraction between 0 and 1, e.g. 0.2:0.5)` };
  }
  if (action.trim().toLowerCase() === 'stop') return { ok: true, value: { drawdown, action: 'stop' } };
  const multiplier = number(action);
  if (!(multiplier >= 0)) return { ok: false, message: `guardrail: multiplier "${action}" must be a number ≥ 0 or "stop"` };
  return { ok: true, value: { drawdown, action: { multiplier } } };
}
