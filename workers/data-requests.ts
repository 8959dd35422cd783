/**
 * The data worker's boundary check: zod schemas of the arguments the renderer sends
 * (filters, replay scenarios, Monte Carlo options, report requests, imports, scenarios) and a
 * wrapper that checks every call before the service sees it. A bad request never reaches the
 * database or a pool: calls whose result can fail resolve with
 * `{ ok: false, code: 'invalid-input', message, errors }` — errors in the one shape
 * {field, message} (core/numeric), field = "argument.path" — the others reject with the message.
 */
import { z } from 'zod';
import { monteCarloOptionsSchema } from '../core/montecarlo/config';
import { type FieldError, zodFieldErrors } from '../core/numeric/field-error';
import { replaySettingsSchema, sizingRuleSchema } from '../core/replay';
import type { DataApi } from './data-api';
import { learnOptionsSchema } from '../core/app/learn';
import { allocationRunRequestSchema } from '../core/allocate/saved-run';
import { vixRegimesRequestSchema } from '../core/app/vix-regimes';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');
export const tradeFilterSchema = z.object({ strategies: z.array(z.string()).optional(), from: isoDate.optional(), to: isoDate.optional() });
const filter = tradeFilterSchema;
const optionalFilter = tradeFilterSchema.optional();
const scenarios = z.array(z.object({ rule: sizingRuleSchema, settings: replaySettingsSchema }));
const scenarioKind = z.enum(['replay', 'montecarlo']);
const name = z.string().min(1, 'must not be empty');
const object = z.record(z.string(), z.unknown());
const reportRequest = z.object({
  portfolioName: z.string(),
  generatedAt: z.string(),
  filter: optionalFilter,
  sizing: object.optional(),
  trials: z.number().int().min(1).optional(),
  sections: z.array(z.string()).optional(),
});
const progress = z.unknown().optional();

/** Argument schemas (as a tuple) of the methods that take arguments; a method not listed takes none that need checking. */
export const DATA_REQUEST_SCHEMAS: Partial<Record<keyof DataApi, z.ZodType>> = {
  previewImport: z.tuple([name, z.instanceof(Uint8Array), object.optional()]),
  commitImport: z.tuple([name, z.object({ replace: z.boolean().optional() }).optional()]),
  openWorkspace: z.tuple([z.instanceof(Uint8Array)]),
  trades: z.tuple([optionalFilter]),
  stats: z.tuple([optionalFilter, object.optional()]),
  dailyOnlyStats: z.tuple([z.object({ historicalRiskFree: z.boolean().optional() }).optional()]),
  getSettings: z.tuple([name]),
  setSettings: z.tuple([name, z.unknown()]),
  saveScenario: z.tuple([scenarioKind, name, z.unknown()]),
  listScenarios: z.tuple([scenarioKind.optional()]),
  deleteScenario: z.tuple([z.number().int()]),
  sizing: z.tuple([filter, object]),
  realism: z.tuple([filter, object]),
  sizingTargets: z.tuple([
    filter,
    z.object({
      sizing: object,
      drawdown: z.number(),
      confidence: z.number(),
      horizon: z.object({ value: z.number(), unit: z.enum(['trades', 'days']) }),
      paths: z.number().int().optional(),
      seed: z.number().int().optional(),
      bandDraws: z.number().int().optional(),
      bandSeed: z.number().int().optional(),
      percentile: z.number().optional(),
    }),
  ]),
  calculate: z.tuple([object]),
  recommendation: z.tuple([filter]),
  reportModel: z.tuple([reportRequest, progress]),
  replayContext: z.tuple([filter]),
  runReplay: z.tuple([filter, scenarios]),
  runMonteCarlo: z.tuple([filter, monteCarloOptionsSchema, progress]),
  cancelCompute: z.tuple([z.enum(['replay', 'simulation'])]),
  // Bets (issue 12): the options are checked field by field by core/bets validateBetsOptions in the run.
  previewBetLog: z.tuple([name, z.instanceof(Uint8Array), z.record(z.string(), z.string()).optional()]),
  commitBetLog: z.tuple([name, z.object({ replace: z.boolean().optional() }).optional()]),
  runBets: z.tuple([object, z.object({ name, bytes: z.instanceof(Uint8Array) }).optional()]),
  saveBetRun: z.tuple([name, object, z.object({ name, bytes: z.instanceof(Uint8Array) }).optional()]),
  learnAllocator: z.tuple([z.object({ legs: z.array(z.object({ file: name, text: z.string().max(200_000_000) })).min(2, 'needs at least two legs').max(10), options: learnOptionsSchema.optional() }), progress]),
  allocation: z.tuple([allocationRunRequestSchema, progress]),
  vixRegimes: z.tuple([filter, vixRegimesRequestSchema]),
};

/** Methods whose result is `{ ok: true, … } | { ok: false, code, message }`: a bad request resolves as such a failure. */
const OUTCOME_METHODS = new Set<keyof DataApi>([
  'previewImport', 'commitImport', 'openWorkspace', 'reportModel', 'replayContext', 'runReplay', 'runMonteCarlo', 'dailyOnlyStats',
  'learnAllocator',
  'previewBetLog', 'commitBetLog', 'runBets', 'saveBetRun',
  'allocation',
]);

/** The field errors of a call's arguments (empty when valid); field "1.settings.startingCapital" = argument 2's path. */
export function dataRequestErrors(method: keyof DataApi, args: unknown[]): FieldError[] {
  const schema = DATA_REQUEST_SCHEMAS[method];
  if (!schema) return [];
  // Trailing undefined arguments are absent arguments (a tuple schema wants its length).
  const length = (schema as unknown as { def?: { items?: unknown[] } }).def?.items?.length ?? args.length;
  const padded = Array.from({ length: Math.max(length, args.length) }, (_, i) => args[i]);
  const result = schema.safeParse(padded);
  return result.success ? [] : zodFieldErrors(result.error, `the ${method} request`);
}

/** `api` with every call checked first (see the header). */
export function validatedDataApi(api: DataApi): DataApi {
  const checked: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of Object.keys(api) as (keyof DataApi)[]) {
    const call = api[method] as (...args: unknown[]) => Promise<unknown>;
    checked[method] = async (...args: unknown[]) => {
      const errors = dataRequestErrors(method, args);
      if (errors.length === 0) return call.apply(api, args);
      const message = `${method}: ${errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ')}`;
      if (OUTCOME_METHODS.has(method)) return { ok: false, code: 'invalid-input', message, errors };
      throw new Error(message);
    };
  }
  return checked as unknown as DataApi;
}
