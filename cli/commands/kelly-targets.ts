/**
 * The issue-18 additions to `sizewise kelly` (§2–§4), kept apart from the command's existing
 * output: the flags --target-drawdown/--confidence/--horizon/--sims/--seed, --band-draws and
 * --tail-probability; the JSON fields drawdownTarget, kellyBand and tailAware per strategy
 * and portfolio; and their text lines. The command calls `parseTargetFlags`, then
 * `kellyTargets` with its report, then `withTargets` / `targetsText`.
 */
import type { Trade } from '../../core/model';
import type { SizingReport } from '../../core/sizing';
import { DEFAULT_TARGETS, sizingTargets, TARGETS_MODE, type SizingTargets, type SizingTargetsEntry, type SizingTargetsRequest } from '../../core/app/sizing-targets';
import { DEFAULT_DRAWDOWN_PATHS, inProcessCounter } from '../../core/sizing/drawdown-target';
import { DEFAULT_BAND_DRAWS } from '../../core/sizing/kelly-band';
import type { TailAwareKelly } from '../../core/sizing/tail-aware-kelly';
import { UsageError } from '../command';
import { numberFlag, SEED } from '../args';
import { money, num, pct, table } from '../output';

export const TARGET_OPTIONS = {
  'target-drawdown': { type: 'string' },
  confidence: { type: 'string' },
  horizon: { type: 'string' },
  sims: { type: 'string' },
  seed: { type: 'string' },
  'band-draws': { type: 'string' },
  'tail-probability': { type: 'string' },
} as const;

export const TARGET_USAGE = `  --target-drawdown X          size for a drawdown target: the largest fraction with P(drawdown ≥ X within the horizon) ≤ 1 − confidence (X in (0, 1), e.g. 0.2)
  --confidence P               confidence for --target-drawdown, in (0, 1) (default 0.95)
  --horizon N[t|d]             horizon in trades (t, or a bare number) or business days (d) at the log's pace (default 252d)
  --sims S  --seed S           simulated paths (default ${DEFAULT_DRAWDOWN_PATHS.toLocaleString('en-US')}) and seed of the drawdown target
  --band-draws N               block-bootstrap draws of the Kelly band (default ${DEFAULT_BAND_DRAWS.toLocaleString('en-US')})
  --tail-probability P         tail-aware Kelly: probability of the maximum loss (default 1/(n + 1))`;

export interface TargetFlags {
  /** null: no drawdown target asked for. */
  request: SizingTargetsRequest | null;
  bandDraws: number;
  tailProbability: number | null;
}

type Values = { [K in keyof typeof TARGET_OPTIONS]?: string };

/** N, Nt (trades) or Nd (business days). */
function parseHorizon(text: string): SizingTargetsRequest['horizon'] {
  const match = /^(.*?)([td]?)$/i.exec(text.trim());
  const unit = match?.[2].toLowerCase() === 'd' ? 'days' : 'trades';
  const value = numberFlag('--horizon', match?.[1] ?? text, { min: 1, max: 100_000, integer: true });
  return { value, unit };
}

export function parseTargetFlags(values: Values): TargetFlags {
  const bandDraws = values['band-draws'] === undefined ? DEFAULT_BAND_DRAWS : numberFlag('--band-draws', values['band-draws'], { min: 100, max: 100_000, integer: true });
  const tailProbability = values['tail-probability'] === undefined ? null : numberFlag('--tail-probability', values['tail-probability'], { min: 0, max: 1, exclusiveMin: true });
  if (tailProbability === 1) throw new UsageError('--tail-probability: "1" must be below 1');
  const asked = values['target-drawdown'] !== undefined;
  for (const flag of ['confidence', 'horizon', 'sims', 'seed'] as const) {
    if (!asked && values[flag] !== undefined) throw new UsageError(`--${flag} needs --target-drawdown`);
  }
  if (!asked) return { request: null, bandDraws, tailProbability };
  const drawdown = numberFlag('--target-drawdown', values['target-drawdown'] as string, { min: 0, max: 1, exclusiveMin: true });
  const confidence = values.confidence === undefined ? DEFAULT_TARGETS.confidence : numberFlag('--confidence', values.confidence, { min: 0, max: 1, exclusiveMin: true });
  if (drawdown === 1 || confidence === 1) throw new UsageError(`${drawdown === 1 ? '--target-drawdown' : '--confidence'}: "1" must be below 1`);
  return {
    request: {
      drawdown,
      confidence,
      horizon: values.horizon === undefined ? DEFAULT_TARGETS.horizon : parseHorizon(values.horizon),
      paths: values.sims === undefined ? undefined : numberFlag('--sims', values.sims, { min: 100, max: 1_000_000, integer: true }),
      seed: values.seed === undefined ? undefined : numberFlag('--seed', values.seed, SEED),
      bandDraws,
    },
    bandDraws,
    tailProbability,
  };
}

export interface KellyTargets {
  targets: SizingTargets;
  asked: boolean;
  tail: Map<string, TailAwareKelly | null>;
}

/** The drawdown target (only when asked), the band and tail-aware Kelly. */
export async function kellyTargets(trades: Trade[], report: SizingReport, flags: TargetFlags): Promise<KellyTargets> {
  const request: SizingTargetsRequest = { ...(flags.request ?? DEFAULT_TARGETS), bandDraws: flags.bandDraws, tailProbability: flags.tailProbability ?? undefined };
  const outcome = await sizingTargets(trades, report, request, inProcessCounter, flags.request !== null);
  if (!outcome.ok) throw new UsageError(`kelly: ${outcome.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  const tail = new Map<string, TailAwareKelly | null>([outcome.value.portfolio, ...outcome.value.strategies].map((e) => [e.name, e.tailAware]));
  return { targets: outcome.value, asked: flags.request !== null, tail };
}

function fieldsOf(entry: SizingTargetsEntry, tail: TailAwareKelly | null | undefined) {
  const t = entry.drawdownTarget;
  const b = entry.kellyBand;
  return {
    drawdownTarget: t
      ? { target: t.target, confidence: t.confidence, horizon: t.horizon, fraction: t.fraction, contracts: t.contracts, probability: t.probability, ofKelly: t.ofKelly, notBinding: t.notBinding, paths: t.paths, meanBlock: t.meanBlock, seed: t.seed }
      : null,
    drawdownTargetReason: entry.drawdownTargetReason,
    kellyBand: b ? { p5: b.p5, p25: b.p25, p50: b.p50, p75: b.p75, p95: b.p95, draws: b.draws, meanBlock: b.meanBlock, seed: b.seed, tradesToHalve: b.tradesToHalve } : null,
    kellyBandReason: entry.kellyBandReason,
    tailAware: tail ? { maxLossPerContract: tail.maxLossPerContract, probability: tail.probability, growthOptimal: tail.growthOptimal, source: tail.source } : null,
  };
}

/** The kelly JSON with the issue-18 fields added to each entry, and the mode stated once. */
export function withTargets<J extends { portfolio: object; strategies: { name: string }[] }>(json: J, extra: KellyTargets): J & { targetsMode: string } {
  const byName = new Map(extra.targets.strategies.map((e) => [e.name, e]));
  const fields = (entry: SizingTargetsEntry | undefined, name: string) => {
    if (!entry) return {};
    const all = fieldsOf(entry, extra.tail.get(name));
    return extra.asked ? all : { ...all, drawdownTargetReason: 'not asked for (--target-drawdown)' };
  };
  return {
    ...json,
    targetsMode: TARGETS_MODE,
    portfolio: { ...json.portfolio, ...fields(extra.targets.portfolio, extra.targets.portfolio.name) },
    strategies: json.strategies.map((s) => ({ ...s, ...fields(byName.get(s.name), s.name) })),
  };
}

/** Text lines: the drawdown target (when asked), the band and tail-aware Kelly per entry. */
export function targetsText(extra: KellyTargets): string {
  const entries = [extra.targets.portfolio, ...extra.targets.strategies];
  const lines: string[] = [''];
  if (extra.asked) {
    const first = entries.find((e) => e.drawdownTarget)?.drawdownTarget;
    const h = extra.targets.horizon;
    lines.push(
      first
        ? `Drawdown target: P(drawdown ≥ ${pct(first.target, 0)} within ${h.value} ${h.unit}) ≤ ${pct(1 - first.confidence, 1)}, ${first.paths.toLocaleString('en-US')} paths, seed ${first.seed}`
        : 'Drawdown target:',
      table([
        ['Strategy', 'Horizon (trades)', 'Fraction', '× Kelly', 'Contracts', 'Probability'],
        ...entries.map((e) => {
          const t = e.drawdownTarget;
          return t ? [e.name, t.horizon, `${pct(t.fraction, 3)}${t.notBinding ? ' (not binding)' : ''}`, t.ofKelly === null ? '—' : `${num(t.ofKelly, 2)}×`, t.contracts ?? '—', pct(t.probability, 2)] : [e.name, '—', '—', '—', '—', e.drawdownTargetReason ?? '—'];
        }),
      ]),
    );
  }
  lines.push(
    `Kelly band: percentiles of the growth-optimal fraction over ${entries[0].kellyBand?.draws ?? extra.targets.portfolio.kellyBand?.draws ?? '—'} block-bootstrap draws; trades to halve the width = 3n (width ∝ 1/√n)`,
    table([
      ['Strategy', 'Kelly', 'P5', 'P25', 'P50', 'P75', 'P95', 'More trades to halve', 'Tail-aware Kelly', 'Max loss/ct'],
      ...entries.map((e) => {
        const b = e.kellyBand;
        const tail = extra.tail.get(e.name);
        return [e.name, pct(e.growthOptimal, 2), ...(b ? [b.p5, b.p25, b.p50, b.p75, b.p95].map((v) => pct(v, 2)) : ['—', '—', '—', '—', '—']), b ? b.tradesToHalve.toLocaleString('en-US') : '—', pct(tail?.growthOptimal ?? null, 2), money(tail?.maxLossPerContract ?? null)];
      }),
    ]),
    `Mode: ${TARGETS_MODE}.`,
  );
  return lines.join('\n');
}
