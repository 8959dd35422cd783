import { fixtureTrades } from '../unit/replay/load-fixture';
import { buildMonteCarloConfig, simulateChunk, summarize } from '../../core/montecarlo';
const trades = await fixtureTrades('ema-tradelog.csv');
const o = buildMonteCarloConfig(trades, { mode: 'percent', resample: 'block', paths: 10000, seed: 42, horizon: { steps: 4081 }, checkpoints: 500 });
if (!o.ok) throw new Error(o.message);
for (let k = 0; k < 3; k++) {
  let t0 = performance.now();
  const p = simulateChunk(o.config, 0, o.config.paths);
  const t1 = performance.now();
  const s = summarize(o.config, p);
  const t2 = performance.now();
  console.log('kernel', (t1 - t0).toFixed(1), 'Msteps/s', (10000 * 4081 / (t1 - t0) / 1000).toFixed(1), 'summary', (t2 - t1).toFixed(1), s.finalValue.p50);
}
