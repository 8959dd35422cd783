/**
 * Sizing benchmark (issue 18 §7): `analyzeSizing` on 200,000 trades, target ≤ 1 s. The
 * trades resample the EMA sample's rows (seeded) onto consecutive business days, 10 a day,
 * each closing 20 minutes to a few hours after it opens (so trades overlap), spread over
 * four strategies so the per-strategy work and the portfolio row are both measured. As in the
 * data worker, the equity history (computeStats) is computed beforehand and passed in: the
 * figure is analyzeSizing itself. Two logs: the resampled rows as they are (205 distinct P/L
 * values, which the growth curve evaluates once each), and the same with every P/L moved by
 * 0–99 cents (nearly every return distinct: the worst case for the curve).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importText } from '../../core/import';
import type { Trade } from '../../core/model';
import { Xoshiro128 } from '../../core/random';
import { analyzeSizing } from '../../core/sizing';
import { computeStats } from '../../core/stats';
import { loadNote, median, runsText, time } from './bench-util';

const TRADES = Number(process.env.SIZING_BENCH_TRADES ?? 200_000);
const PER_DAY = 10;
const TARGET_MS = 1000;
const JITTER = process.env.SIZING_BENCH_JITTER === '1';
const STRATEGIES = ['CCS A', 'CCS B', 'PCS C', 'IC D'];

const path = fileURLToPath(new URL('../fixtures/optionomega/ema-tradelog.csv', import.meta.url));
const imported = await importText('ema-tradelog.csv', readFileSync(path, 'utf8'));
if (!imported.ok || !('trades' in imported)) throw new Error('EMA fixture did not import');
const rows = imported.trades;
const rng = new Xoshiro128(200_000);
const trades: Trade[] = [];
const day = new Date(Date.UTC(1990, 0, 1));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
while (trades.length < TRADES) {
  const w = day.getUTCDay();
  if (w !== 0 && w !== 6) {
    const date = day.toISOString().slice(0, 10);
    for (let k = 0; k < PER_DAY && trades.length < TRADES; k++) {
      const row = rows[rng.nextIndex(rows.length)];
      const open = 9 * 60 + 35 + k * 35;
      const close = Math.min(16 * 60, open + 20 + rng.nextIndex(180));
      trades.push({ ...row, pl: row.pl + (JITTER ? rng.nextIndex(100) / 100 : 0), strategy: STRATEGIES[k % STRATEGIES.length], dateOpened: date, timeOpened: hhmm(open), dateClosed: date, timeClosed: hhmm(close), fundsAtClose: null });
    }
  }
  day.setUTCDate(day.getUTCDate() + 1);
}

const portfolio = computeStats(trades).portfolio;
const options = { capital: 100_000, fraction: 0.5, history: { curve: portfolio.curve, startingCapital: portfolio.startingCapital } };
analyzeSizing(trades.slice(0, 2000), options); // JIT warm-up
const cold = await time(() => analyzeSizing(trades, options));
const warm = await median(3, () => analyzeSizing(trades, options));
const report = analyzeSizing(trades, options);
const ok = warm.wallMs <= TARGET_MS;
console.log(`analyzeSizing, ${TRADES.toLocaleString('en-US')} trades in ${STRATEGIES.length} strategies${JITTER ? ', every P/L moved by 0–99 cents' : ''}, median of 3`);
console.log(`  ${warm.wallMs.toFixed(0)} ms wall / ${warm.cpuMs.toFixed(0)} ms CPU (${runsText(warm.runsMs)}); first full-size run ${cold.wallMs.toFixed(0)} ms wall / ${cold.cpuMs.toFixed(0)} ms CPU — target ≤ ${TARGET_MS} ms: ${ok ? 'met' : 'NOT met'}`);
console.log(`  portfolio: Kelly says ${report.portfolio.kellyContracts}, placeable ${report.portfolio.placeableContracts}, growth-optimal ${report.portfolio.growthOptimal?.toFixed(5)}`);
console.log(loadNote());
if (!JITTER) {
  // The worst case, in a fresh process (clean memory figures): every return distinct.
  const { spawnSync } = await import('node:child_process');
  spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, SIZING_BENCH_JITTER: '1' } });
}
