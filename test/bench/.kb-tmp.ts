import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMonteCarloConfig, simulateChunk, type MonteCarloConfig } from '../../core/montecarlo';
import { importText } from '../../core/import';
import { Xoshiro128 } from '../../core/random';
const path = fileURLToPath(new URL('../fixtures/optionomega/ema-tradelog.csv', import.meta.url));
const imported = await importText('ema-tradelog.csv', readFileSync(path, 'utf8'));
if (!imported.ok || !('trades' in imported)) throw new Error('x');
const ema = buildMonteCarloConfig(imported.trades, { mode: 'percent', resample: 'block', paths: 1, seed: 1 });
if (!ema.ok) throw new Error(ema.message);
const rng = new Xoshiro128(4081);
const pool = Array.from({ length: 4081 }, () => ema.config.pool[rng.nextIndex(ema.config.pool.length)]);
const config: MonteCarloConfig = { ...ema.config, pool, horizon: 4081, paths: 10000, seed: 2025, meanBlockLength: 16, checkpoints: 500, resample: (process.env.RS as any) ?? 'block' };
simulateChunk(config, 0, 300);
const r: number[] = [];
for (let k = 0; k < 5; k++) { const c = process.cpuUsage(); simulateChunk(config, 0, 10000); const u = process.cpuUsage(c); r.push(40810000 / ((u.user + u.system) / 1000) / 1000); }
r.sort((a, b) => a - b);
console.log('M/cpu-s', r.map((x) => x.toFixed(0)).join(' '), 'median', r[2].toFixed(0));
