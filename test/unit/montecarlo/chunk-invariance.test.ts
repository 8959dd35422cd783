// Same seed → bit-identical partials and summaries for 1, 2 and 4 chunks of paths.
import { expect, it } from 'vitest';
import { buildMonteCarloConfig, mergePartials, simulateChunk, summarize } from '../../../core/montecarlo';
import { fixtureTrades } from '../support/fixtures';

/** Bit-for-bit equality of two typed arrays. */
function sameBits(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

it('block bootstrap with worst-case injection, 1001 paths', async () => {
  const outcome = buildMonteCarloConfig(await fixtureTrades('ema-tradelog.csv'), { mode: 'percent', resample: 'block', paths: 1001, seed: 99, worstCaseShare: 0.02 });
  if (!outcome.ok) throw new Error(outcome.message);
  const { config } = outcome;
  const run = (chunks: number) => {
    const bounds = Array.from({ length: chunks + 1 }, (_, k) => Math.round((k * config.paths) / chunks));
    const partials = bounds.slice(1).map((end, k) => simulateChunk(config, bounds[k], end));
    return partials.reverse();
  };
  const merged = (chunks: number) => mergePartials(run(chunks));
  const [one, two, four] = [merged(1), merged(2), merged(4)];
  for (const other of [two, four]) {
    expect(sameBits(other.finalEquity, one.finalEquity)).toBe(true);
    expect(sameBits(other.maxDrawdown, one.maxDrawdown)).toBe(true);
    expect(sameBits(other.equityRatioAtCheckpoints, one.equityRatioAtCheckpoints)).toBe(true);
    expect(other.ruinedPaths).toBe(one.ruinedPaths);
  }
  expect(summarize(config, two)).toEqual(summarize(config, one));
  // The chunks themselves, in any order, summarize to the same numbers as their merge.
  expect(summarize(config, run(4))).toEqual(summarize(config, one));
  expect(sameBits(simulateChunk({ ...config, seed: 100 }, 0, 10).finalEquity, one.finalEquity.subarray(0, 10))).toBe(false);
});
