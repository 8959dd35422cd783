/**
 * A compact histogram gradient-boosted-trees multiclass classifier (issue 13 "Models"): softmax
 * cross-entropy, one regression tree per class per round on the gradient gᵢ = pᵢₖ − yᵢₖ and
 * hessian hᵢ = pᵢₖ(1 − pᵢₖ); features bucketed into at most `maxBins` quantile bins on the
 * training rows; trees grown best-first (largest gain first) up to `maxLeaves` leaves and
 * `maxDepth` levels; split gain G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ) with each child holding a
 * hessian of at least `minChildHessian`; leaf value −G/(H+λ) × learning rate; each round fits on a
 * seeded `subsample` share of the rows. Initial scores are the log of the smoothed class shares
 * (count + 1)/(n + K). Importance is each feature's total split gain. Deterministic for a seed.
 */
import { Xoshiro128 } from '../random';

export interface GbdtParams {
  rounds: number;
  learningRate: number;
  maxDepth: number;
  maxLeaves: number;
  lambda: number;
  minChildHessian: number;
  maxBins: number;
  subsample: number;
}

/** Hard caps: a configuration outside them is refused (keeps fits small and regularized). */
export const GBDT_CAPS = { rounds: 300, learningRate: 0.5, maxDepth: 6, maxLeaves: 32, maxBins: 64 } as const;

export interface GbdtTree {
  /** Per node: the split feature (−1 for a leaf), threshold (x ≤ threshold goes left), children, leaf value. */
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface GbdtModel {
  kind: 'gbdt';
  classes: number;
  features: number;
  init: number[];
  /** trees[round][class]. */
  trees: GbdtTree[][];
  /** Per feature: total split gain. */
  gain: number[];
}

export function checkGbdtParams(p: GbdtParams): string | null {
  if (!(Number.isInteger(p.rounds) && p.rounds >= 1 && p.rounds <= GBDT_CAPS.rounds)) return `rounds must be a whole number from 1 to ${GBDT_CAPS.rounds}`;
  if (!(p.learningRate > 0 && p.learningRate <= GBDT_CAPS.learningRate)) return `the learning rate must be above 0 and at most ${GBDT_CAPS.learningRate}`;
  if (!(Number.isInteger(p.maxDepth) && p.maxDepth >= 1 && p.maxDepth <= GBDT_CAPS.maxDepth)) return `the depth must be a whole number from 1 to ${GBDT_CAPS.maxDepth}`;
  if (!(Number.isInteger(p.maxLeaves) && p.maxLeaves >= 2 && p.maxLeaves <= GBDT_CAPS.maxLeaves)) return `leaves must be a whole number from 2 to ${GBDT_CAPS.maxLeaves}`;
  if (!(p.lambda >= 0.01 && p.lambda <= 1000)) return 'the L2 penalty λ must be from 0.01 to 1000';
  if (!(p.minChildHessian >= 0 && p.minChildHessian <= 1e6)) return 'the minimum child hessian must be from 0 to 1,000,000';
  if (!(Number.isInteger(p.maxBins) && p.maxBins >= 2 && p.maxBins <= GBDT_CAPS.maxBins)) return `bins must be a whole number from 2 to ${GBDT_CAPS.maxBins}`;
  if (!(p.subsample > 0 && p.subsample <= 1)) return 'the subsample share must be above 0 and at most 1';
  return null;
}

/** Bin upper edges of one feature: midpoints between distinct values, or quantiles when there are more than maxBins. */
function binEdges(values: Float64Array, maxBins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  if (distinct.length <= 1) return [];
  if (distinct.length <= maxBins) return distinct.slice(0, -1).map((v, i) => (v + distinct[i + 1]) / 2);
  const edges: number[] = [];
  for (let b = 1; b < maxBins; b++) {
    const v = sorted[Math.min(sorted.length - 1, Math.floor((b * sorted.length) / maxBins))];
    if (v < sorted[sorted.length - 1] && (edges.length === 0 || v > edges[edges.length - 1])) edges.push(v);
  }
  return edges;
}

function binOf(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= edges[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Softmax of each row of n × K scores, in place into `out`. */
export function softmaxRows(scores: Float64Array, n: number, K: number, out: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let k = 0; k < K; k++) m = Math.max(m, scores[i * K + k]);
    let s = 0;
    for (let k = 0; k < K; k++) s += out[i * K + k] = Math.exp(scores[i * K + k] - m);
    for (let k = 0; k < K; k++) out[i * K + k] /= s;
  }
}

interface Split {
  gain: number;
  feature: number;
  bin: number;
}

/**
 * Trains on n rows × F features (row-major X) with labels y in [0, K).
 */
export function trainGbdt(X: Float64Array, n: number, F: number, y: Int32Array, K: number, params: GbdtParams, seed: number): GbdtModel {
  const problem = checkGbdtParams(params);
  if (problem !== null) throw new Error(`GBDT: ${problem}.`);
  const { rounds, learningRate, maxDepth, maxLeaves, lambda, minChildHessian, maxBins, subsample } = params;
  const edges: number[][] = [];
  const bins = new Uint8Array(F * n);
  const col = new Float64Array(n);
  for (let f = 0; f < F; f++) {
    for (let i = 0; i < n; i++) col[i] = X[i * F + f];
    const e = binEdges(col, maxBins);
    edges.push(e);
    for (let i = 0; i < n; i++) bins[f * n + i] = binOf(e, col[i]);
  }
  const B = maxBins;
  const counts = new Float64Array(K);
  for (let i = 0; i < n; i++) counts[y[i]]++;
  const init = Array.from(counts, (c) => Math.log((c + 1) / (n + K)));
  const scores = new Float64Array(n * K);
  for (let i = 0; i < n; i++) for (let k = 0; k < K; k++) scores[i * K + k] = init[k];
  const prob = new Float64Array(n * K);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const gainTotal = new Array<number>(F).fill(0);
  const rng = new Xoshiro128(seed, 0x6bd7);
  const trees: GbdtTree[][] = [];
  const allRows = Int32Array.from({ length: n }, (_, i) => i);

  const histogram = (rows: Int32Array): Float64Array => {
    const hist = new Float64Array(F * B * 2);
    for (let f = 0; f < F; f++) {
      const base = f * n;
      const off = f * B * 2;
      for (let j = 0; j < rows.length; j++) {
        const i = rows[j];
        const b = off + bins[base + i] * 2;
        hist[b] += g[i];
        hist[b + 1] += h[i];
      }
    }
    return hist;
  };
  const bestSplit = (hist: Float64Array, G: number, H: number): Split => {
    let best: Split = { gain: 0, feature: -1, bin: -1 };
    const parent = (G * G) / (H + lambda);
    for (let f = 0; f < F; f++) {
      const nb = edges[f].length;
      let GL = 0;
      let HL = 0;
      const off = f * B * 2;
      for (let b = 0; b < nb; b++) {
        GL += hist[off + b * 2];
        HL += hist[off + b * 2 + 1];
        const HR = H - HL;
        if (HL < minChildHessian || HR < minChildHessian) continue;
        const GR = G - GL;
        const gain = (GL * GL) / (HL + lambda) + (GR * GR) / (HR + lambda) - parent;
        if (gain > best.gain + 1e-12) best = { gain, feature: f, bin: b };
      }
    }
    return best;
  };

  for (let round = 0; round < rounds; round++) {
    softmaxRows(scores, n, K, prob);
    let rows = allRows;
    if (subsample < 1) {
      const picked: number[] = [];
      for (let i = 0; i < n; i++) if (rng.nextFloat() < subsample) picked.push(i);
      rows = Int32Array.from(picked.length > 0 ? picked : [0]);
    }
    const roundTrees: GbdtTree[] = [];
    for (let k = 0; k < K; k++) {
      for (let i = 0; i < n; i++) {
        const p = prob[i * K + k];
        g[i] = p - (y[i] === k ? 1 : 0);
        h[i] = Math.max(p * (1 - p), 1e-6);
      }
      const splitBins = new Map<number, number>();
      const tree: GbdtTree = { feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0] };
      const sum = (r: Int32Array) => {
        let G = 0;
        let H = 0;
        for (let j = 0; j < r.length; j++) {
          G += g[r[j]];
          H += h[r[j]];
        }
        return { G, H };
      };
      const rootSum = sum(rows);
      const rootHist = histogram(rows);
      type Leaf = { node: number; rows: Int32Array; G: number; H: number; hist: Float64Array; depth: number; split: Split };
      const leaves: Leaf[] = [{ node: 0, rows, ...rootSum, hist: rootHist, depth: 0, split: bestSplit(rootHist, rootSum.G, rootSum.H) }];
      while (leaves.length < maxLeaves) {
        let pick = -1;
        for (let j = 0; j < leaves.length; j++) if (leaves[j].split.feature >= 0 && leaves[j].depth < maxDepth && (pick < 0 || leaves[j].split.gain > leaves[pick].split.gain)) pick = j;
        if (pick < 0) break;
        const leaf = leaves.splice(pick, 1)[0];
        const { feature: f, bin } = leaf.split;
        gainTotal[f] += leaf.split.gain;
        const leftRows: number[] = [];
        const rightRows: number[] = [];
        for (let j = 0; j < leaf.rows.length; j++) (bins[f * n + leaf.rows[j]] <= bin ? leftRows : rightRows).push(leaf.rows[j]);
        const L = Int32Array.from(leftRows);
        const R = Int32Array.from(rightRows);
        const small = L.length <= R.length ? L : R;
        const smallHist = histogram(small);
        const bigHist = leaf.hist;
        for (let j = 0; j < bigHist.length; j++) bigHist[j] -= smallHist[j];
        const [histL, histR] = small === L ? [smallHist, bigHist] : [bigHist, smallHist];
        const sL = sum(L);
        const sR = { G: leaf.G - sL.G, H: leaf.H - sL.H };
        const li = tree.feature.length;
        tree.feature.push(-1, -1);
        tree.threshold.push(0, 0);
        tree.left.push(-1, -1);
        tree.right.push(-1, -1);
        tree.value.push(0, 0);
        tree.feature[leaf.node] = f;
        tree.threshold[leaf.node] = edges[f][bin];
        tree.left[leaf.node] = li;
        tree.right[leaf.node] = li + 1;
        splitBins.set(leaf.node, bin);
        leaves.push({ node: li, rows: L, ...sL, hist: histL, depth: leaf.depth + 1, split: bestSplit(histL, sL.G, sL.H) });
        leaves.push({ node: li + 1, rows: R, ...sR, hist: histR, depth: leaf.depth + 1, split: bestSplit(histR, sR.G, sR.H) });
      }
      for (const leaf of leaves) tree.value[leaf.node] = (-leaf.G / (leaf.H + lambda)) * learningRate;
      // Every row (sampled or not) moves by its leaf's value, found through the bins.
      for (let i = 0; i < n; i++) {
        let node = 0;
        while (tree.feature[node] >= 0) node = bins[tree.feature[node] * n + i] <= splitBins.get(node)! ? tree.left[node] : tree.right[node];
        scores[i * K + k] += tree.value[node];
      }
      roundTrees.push(tree);
    }
    trees.push(roundTrees);
  }
  return { kind: 'gbdt', classes: K, features: F, init, trees, gain: gainTotal };
}
/** Raw scores (n × K, row-major) of rows of X. */
export function gbdtScores(model: GbdtModel, X: Float64Array, n: number): Float64Array {
  const { classes: K, features: F } = model;
  const out = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) out[i * K + k] = model.init[k];
    for (const round of model.trees) {
      for (let k = 0; k < K; k++) {
        const t = round[k];
        let node = 0;
        while (t.feature[node] >= 0) node = X[i * F + t.feature[node]] <= t.threshold[node] ? t.left[node] : t.right[node];
        out[i * K + k] += t.value[node];
      }
    }
  }
  return out;
}
