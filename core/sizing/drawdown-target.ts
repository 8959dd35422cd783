/**
 * Size for a drawdown target (issue 18 §2): the largest fraction f — in the risk units of the
 * growth curve, so f is comparable with the growth-optimal (Kelly) fraction — such that the
 * Monte Carlo probability of a drawdown of X or more within H trades is at most α.
 *
 * Mode: percent compounding (equity × (1 + f·rᵢ) per trade, rᵢ = the trade's return in risk
 * units), paths of H trades resampled by the stationary block bootstrap (mean block
 * round(n^⅓)), path p drawing from stream (seed, p), so any split of paths across workers
 * gives the same counts.
 *
 * Common random numbers: every candidate fraction is evaluated on the same paths. On one path
 * the drawdown is monotone in f (the log growth of every stretch of trades is concave in f and
 * 0 at f = 0, so once a stretch falls by X at f it falls by more at any larger f); hence the
 * estimated probability is monotone in f and a bracketing search is exact on the paths: a pass
 * of 16 evenly spaced candidates over [0, f_max), then six passes of 4 inside the bracket,
 * narrow it to 1/65,536 of f_max (after the first pass only the paths hit at the bracket's top
 * and not at its bottom are simulated again, so each pass costs a fraction of the first), f_max the
 * largest fraction the worst trade allows (1 + f·r_min > 0, taken at 99.9%). The answer is the
 * largest candidate whose probability is ≤ α, with the probability there and at the next
 * candidate up (the bracket).
 */
import { BlockResampler, defaultMeanBlock } from './stationary-bootstrap';

/** Candidates per pass: 16 evenly spaced over [0, f_max), then 4 per pass inside the bracket (16 · 4⁶ = 65,536). */
export const DRAWDOWN_TARGET_CANDIDATES = [16, 4, 4, 4, 4, 4, 4];
export const DEFAULT_DRAWDOWN_PATHS = 20000;
export const DEFAULT_DRAWDOWN_SEED = 1;
/** Share of the largest feasible fraction searched (1 + f·r_min stays above 0.1%). */
const FEASIBLE_SHARE = 0.999;

export interface DrawdownTargetSpec {
  /** Per-trade returns in risk units (the growth curve's). */
  returns: number[];
  /** The drawdown X, a fraction in (0, 1). */
  target: number;
  /** α = 1 − confidence, in (0, 1). */
  alpha: number;
  /** Horizon in trades, ≥ 1. */
  horizon: number;
  paths: number;
  seed: number;
  /** Mean block length of the bootstrap; default round(n^⅓). */
  meanBlock?: number;
}

export interface DrawdownTargetResult {
  /** The largest searched fraction with P(drawdown ≥ X within H) ≤ α. */
  fraction: number;
  /** The estimated probability at `fraction`. */
  probability: number;
  /** The next candidate up (the bracket's top) and its probability (> α); null when the search reached f_max. */
  above: { fraction: number; probability: number } | null;
  /** f_max: the largest fraction searched. */
  maxFraction: number;
  /** True when even f_max keeps the probability ≤ α (the target does not bind before the worst trade does). */
  notBinding: boolean;
  paths: number;
  horizon: number;
  meanBlock: number;
  seed: number;
}

export type DrawdownTargetOutcome = { ok: true; value: DrawdownTargetResult } | { ok: false; reason: string };

/**
 * For the given paths: the index of the smallest candidate (ascending) at which each path's
 * drawdown reaches X within H trades, or candidates.length when none does.
 */
export type DrawdownCounter = (candidates: number[], paths: Int32Array) => Promise<Uint8Array> | Uint8Array;

/** Why the spec cannot be searched, or null. */
export function drawdownTargetProblem(spec: DrawdownTargetSpec): string | null {
  if (spec.returns.length === 0) return 'no trades with a return in risk units';
  if (!spec.returns.every(Number.isFinite)) return 'a return in risk units is not a finite number';
  if (!spec.returns.some((r) => r < 0)) return 'no trade lost, so no drawdown can be simulated';
  if (!(spec.target > 0 && spec.target < 1)) return 'the drawdown target must be between 0% and 100%';
  if (!(spec.alpha > 0 && spec.alpha < 1)) return 'the confidence must be between 0% and 100%';
  if (!(Number.isInteger(spec.horizon) && spec.horizon >= 1)) return 'the horizon must be a whole number of trades, 1 or more';
  if (!(Number.isInteger(spec.paths) && spec.paths >= 1)) return 'the number of paths must be a whole number, 1 or more';
  if (!Number.isInteger(spec.seed)) return 'the seed must be a whole number';
  return null;
}

/**
 * For each path id in `paths`: the index of the smallest candidate fraction (ascending, at
 * most 255 of them) whose drawdown reaches X within H trades, or candidates.length. Tracks
 * equity ÷ running peak per candidate, never equity itself (no overflow); once a candidate's
 * path is hit, every larger candidate is too, so only the smaller ones are stepped on.
 */
export function drawdownFirstHits(spec: DrawdownTargetSpec, candidates: number[], paths: Int32Array): Uint8Array {
  const { returns, horizon, seed } = spec;
  const n = returns.length;
  const k = candidates.length;
  if (k > 255) throw new RangeError('at most 255 candidate fractions per pass');
  const meanBlock = spec.meanBlock ?? defaultMeanBlock(n);
  const floor = 1 - spec.target;
  const rs = Float64Array.from(returns);
  const fs = Float64Array.from(candidates);
  const ratio = new Float64Array(k);
  const out = new Uint8Array(paths.length);
  for (let i = 0; i < paths.length; i++) {
    const draw = new BlockResampler(n, meanBlock, seed, paths[i]);
    ratio.fill(1);
    let active = k;
    for (let step = 0; step < horizon && active > 0; step++) {
      const r = rs[draw.next()];
      for (let c = 0; c < active; c++) {
        const next = ratio[c] * (1 + fs[c] * r);
        if (next >= 1) ratio[c] = 1;
        else if (next <= floor) {
          active = c;
          break;
        } else ratio[c] = next;
      }
    }
    out[i] = active;
  }
  return out;
}

/**
 * The bracketing search as a generator: yields each pass's candidates and undecided paths,
 * receives their first hits, returns the outcome (driven by the async and the sync search).
 */
function* bracketingSearch(spec: DrawdownTargetSpec): Generator<{ candidates: number[]; paths: Int32Array }, DrawdownTargetOutcome, Uint8Array> {
  const problem = drawdownTargetProblem(spec);
  if (problem !== null) return { ok: false, reason: problem };
  const worst = spec.returns.reduce((low, r) => Math.min(low, r), 0);
  const maxFraction = FEASIBLE_SHARE / -worst;
  const meanBlock = spec.meanBlock ?? defaultMeanBlock(spec.returns.length);
  let low = 0;
  let lowProbability = 0;
  let high = maxFraction;
  let highProbability: number | null = null;
  // Paths known hit at `low` (so at every later candidate), and the undecided ones: not hit
  // at `low`, hit at `high` (the paths not hit at `high` are never hit at a later candidate).
  let hitBelow = 0;
  let undecided = Int32Array.from({ length: spec.paths }, (_, p) => p);
  for (const size of DRAWDOWN_TARGET_CANDIDATES) {
    if (undecided.length === 0) break;
    const candidates = Array.from({ length: size }, (_, i) => low + ((high - low) * (i + 1)) / size);
    const first = yield { candidates, paths: undecided };
    const hitsAt = new Int32Array(candidates.length + 1);
    for (const index of first) hitsAt[index]++;
    let cumulative = hitBelow;
    const probabilities = candidates.map((_, c) => (cumulative += hitsAt[c]) / spec.paths);
    let last = -1;
    while (last + 1 < candidates.length && probabilities[last + 1] <= spec.alpha) last++;
    if (last >= 0) {
      low = candidates[last];
      lowProbability = probabilities[last];
    }
    if (last + 1 >= candidates.length) break; // the top candidate (f_max in the first pass) passed
    high = candidates[last + 1];
    highProbability = probabilities[last + 1];
    for (let c = 0; c <= last; c++) hitBelow += hitsAt[c];
    undecided = undecided.filter((_, i) => first[i] === last + 1);
  }
  const notBinding = highProbability === null;
  return {
    ok: true,
    value: {
      fraction: low,
      probability: lowProbability,
      above: highProbability === null ? null : { fraction: high, probability: highProbability },
      maxFraction,
      notBinding,
      paths: spec.paths,
      horizon: spec.horizon,
      meanBlock,
      seed: spec.seed,
    },
  };
}

/** The bracketing search; `count` evaluates candidates on the given paths (in process or on the compute pool). */
export async function searchDrawdownTarget(spec: DrawdownTargetSpec, count: DrawdownCounter): Promise<DrawdownTargetOutcome> {
  const steps = bracketingSearch(spec);
  let step = steps.next(new Uint8Array(0));
  while (!step.done) step = steps.next(await count(step.value.candidates, step.value.paths));
  return step.value;
}

/** The same search in this thread, synchronously (the report). */
export function searchDrawdownTargetSync(spec: DrawdownTargetSpec): DrawdownTargetOutcome {
  const steps = bracketingSearch(spec);
  let step = steps.next(new Uint8Array(0));
  while (!step.done) step = steps.next(drawdownFirstHits(spec, step.value.candidates, step.value.paths));
  return step.value;
}

/** The counter of a spec in this thread (the CLI and tests; the app counts on the compute pool). */
export function inProcessCounter(spec: DrawdownTargetSpec): DrawdownCounter {
  return (candidates, paths) => drawdownFirstHits(spec, candidates, paths);
}
