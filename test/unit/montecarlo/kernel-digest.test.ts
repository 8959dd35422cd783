// The kernel's output is pinned bit for bit: SHA-256 digests of every array of a partial,
// recorded from the kernel before its loops were specialised per mode, for percent / dollar /
// daily × iid / block (with and without worst-case injection). Any change to the random
// stream or the arithmetic changes a digest. The pinned injection cases give every entry the
// same worst case (the single global value the kernel used to take), so per-entry injection
// reproduces them bit for bit; a pool with differing per-entry worst cases must not.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { simulateChunk, type MonteCarloConfig } from '../../../core/montecarlo';

const percentPool = Array.from({ length: 97 }, (_, i) => Math.sin(i * 1.7) * 0.04 + 0.003);
const percent: MonteCarloConfig = {
  mode: 'percent',
  pool: percentPool,
  startingCapital: 25000,
  horizon: 613,
  paths: 40,
  seed: 77,
  resample: 'block',
  meanBlockLength: 9,
  worstCaseShare: 0,
  worstByEntry: percentPool.map(() => -0.25),
  ruinLevel: 0.6,
  checkpoints: 37,
  rule: 'log',
  sizingConvention: 'as recorded',
  sizing: { fixedContracts: [], contractsPerDollar: [] },
  stepsPerYear: null,
};
const dollarPool = Array.from({ length: 61 }, (_, i) => Math.round(Math.cos(i * 2.3) * 900 + 40));
const dollar: MonteCarloConfig = {
  ...percent,
  mode: 'dollar',
  pool: dollarPool,
  worstByEntry: dollarPool.map(() => -2500),
  sizing: { fixedContracts: dollarPool.map((_, i) => i % 3), contractsPerDollar: dollarPool.map((_, i) => (i % 2) * 0.00004) },
};
const daily: MonteCarloConfig = { ...percent, mode: 'daily', pool: percentPool.map((r) => r / 4), horizon: 504, stepsPerYear: 252 };

function digest(config: MonteCarloConfig): string {
  const partial = simulateChunk(config, 11, 11 + config.paths);
  const hash = createHash('sha256');
  for (const array of [partial.equityRatioAtCheckpoints, partial.finalEquity, partial.maxDrawdown]) hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  hash.update(`${partial.startPath} ${partial.endPath} ${partial.checkpoints} ${partial.ruinedPaths}`);
  return hash.digest('hex').slice(0, 24);
}

const cases: Array<[string, MonteCarloConfig]> = [];
for (const [name, config] of [['percent', percent], ['dollar', dollar], ['daily', daily]] as const) {
  cases.push([`${name} iid`, { ...config, resample: 'iid' }]);
  cases.push([`${name} block`, config]);
  cases.push([`${name} block, injection`, { ...config, worstCaseShare: 0.03 }]);
  cases.push([`${name} iid, injection`, { ...config, resample: 'iid', worstCaseShare: 0.03 }]);
}
cases.push(['percent block, mean block length 1', { ...percent, meanBlockLength: 1 }]);
cases.push(['percent block, one checkpoint', { ...percent, checkpoints: 1 }]);
cases.push(['percent block, a checkpoint at every step', { ...percent, horizon: 300, checkpoints: 500 }]);

const expected: Record<string, string> = {
  'percent iid': '4b1cddaf34dc7dc0e47ff17c',
  'percent block': '4daaf0709604f83c7b7acee6',
  'percent block, injection': '6a0cb2cedf251adf786a550a',
  'percent iid, injection': '3ae6a61172e815183929e599',
  'dollar iid': 'b22099373847ead38fa95181',
  'dollar block': '1831731f22dee637fe2c7cfc',
  'dollar block, injection': 'f9530e5143db3b14147cfe09',
  'dollar iid, injection': 'fe30f1ecf32706e70ffbe5dd',
  'daily iid': '9a5592f5b833cb6f7908f42d',
  'daily block': 'bf5ea03668e622518997831f',
  'daily block, injection': '86d5bf6f27762fb550cb6cb3',
  'daily iid, injection': 'f8316e37968fd83ad7d2e8f4',
  'percent block, mean block length 1': 'f811c4debe4e131e774a1c7d',
  'percent block, one checkpoint': '7715fa5e24a6e8958bd5503e',
  'percent block, a checkpoint at every step': 'd243364f5467be4c847d9da6',
};

describe('kernel output digests', () => {
  it.each(cases)('%s', (name, config) => {
    expect(digest(config)).toBe(expected[name]);
  });
});

it('per-entry worst cases: one strategy with the old global value keeps the digest; two strategies change it', () => {
  const injected = { ...percent, worstCaseShare: 0.03 };
  expect(digest({ ...injected, worstByEntry: percentPool.map(() => -0.25) })).toBe(expected['percent block, injection']);
  const twoStrategies = { ...injected, worstByEntry: percentPool.map((_, i) => (i % 2 === 0 ? -0.25 : -0.1)) };
  expect(digest(twoStrategies)).not.toBe(expected['percent block, injection']);
});
