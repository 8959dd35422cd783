/**
 * Replay constraints: defaults, validation, and the text forms shared by the CLI and UI
 * (`--days mon,tue`, `--streak 3:0.5`, `--guardrail 0.2:0.5` or `0.2:stop`).
 */
import { z } from 'zod';
import { type FieldError, zodFieldErrors } from '../numeric/field-error';
import { parseStrictNumber } from '../format/typed-number';
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

/** What a value is, for a message ("got 0", "got NaN", "got \"x\""). */
const got = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

const positive = (what: string) => z.unknown().superRefine((value, ctx) => {
  if (!(typeof value === 'number' && Number.isFinite(value) && value > 0)) ctx.addIssue({ code: 'custom', message: `${what} must be a positive number, got ${got(value)}` });
});
const wholeAtLeast = (what: string, min: number) => z.unknown().superRefine((value, ctx) => {
  if (!(typeof value === 'number' && Number.isInteger(value) && value >= min)) ctx.addIssue({ code: 'custom', message: `${what} must be a whole number ≥ ${min}, got ${got(value)}` });
});
const nonNegative = (message: (value: unknown) => string) => z.unknown().superRefine((value, ctx) => {
  if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) ctx.addIssue({ code: 'custom', message: message(value) });
});

/**
 * The replay settings schema (zod): the one check of settings typed in the app, given on the
 * command line, stored with a saved scenario or sent to a compute worker. Each problem is a
 * FieldError {field, message} whose field is the settings key ("guardrail.drawdown").
 */
export const replaySettingsSchema = z.object({
  startingCapital: positive('starting capital'),
  marginMultiplier: positive('margin multiplier'),
  marginCeiling: z.union([z.null(), positive('margin ceiling')]),
  maxOpenTrades: z.union([z.null(), wholeAtLeast('max open trades', 1)]),
  commissionPerContract: z.union([z.null(), nonNegative((v) => `commission per contract must be ≥ 0, got ${got(v)}`)]),
  weekdays: z.array(z.boolean()).length(7, 'weekdays must list 7 days (Sunday first)'),
  streak: z.union([
    z.null(),
    z.object({ losses: z.unknown(), multiplier: z.unknown() }).superRefine((streak, ctx) => {
      const { losses, multiplier } = streak;
      if (!(typeof losses === 'number' && Number.isInteger(losses) && losses >= 1 && typeof multiplier === 'number' && multiplier >= 0)) ctx.addIssue({ code: 'custom', message: 'streak rule needs K ≥ 1 losses and a multiplier ≥ 0' });
    }),
  ]),
  guardrail: z.union([
    z.null(),
    z.object({
      drawdown: z.unknown().superRefine((value, ctx) => {
        if (!(typeof value === 'number' && value > 0 && value < 1)) ctx.addIssue({ code: 'custom', message: `guardrail drawdown must be between 0 and 1, got ${got(value)}` });
      }),
      action: z.union([z.literal('stop'), z.object({ multiplier: nonNegative(() => 'guardrail multiplier must be ≥ 0') })]),
    }),
  ]),
  estimates: z.enum(['trailing', 'full-sample']),
  warmupTrades: wholeAtLeast('warm-up trades', 0),
  riskFreeRate: z.unknown().superRefine((value, ctx) => {
    if (!(typeof value === 'number' && Number.isFinite(value))) ctx.addIssue({ code: 'custom', message: 'risk-free rate must be a number' });
  }),
});

/** Field errors of settings of unknown shape (empty when valid): one per problem, the first one per field. */
export function replaySettingsErrors(settings: unknown): FieldError[] {
  const result = replaySettingsSchema.safeParse(settings);
  if (result.success) return [];
  return zodFieldErrors(result.error, 'the settings');
}

/** Problems with settings, in words (empty when valid): the messages of `replaySettingsErrors`. */
export function validateReplaySettings(s: unknown): string[] {
  return replaySettingsErrors(s).map((e) => e.message);
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

/** One part of a spec, by the one strict number parser (no "0x1", "1e3", "Infinity"); NaN when it is not a number. */
function number(text: string | undefined): number {
  return text === undefined ? NaN : (parseStrictNumber(text.trim()) ?? NaN);
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
