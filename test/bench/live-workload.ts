/**
 * The live-vs-backtest benchmark workload (issue 14), shared by live-bench.ts (one thread)
 * and live-pool-bench.ts (the compute worker): 20 strategies; each backtest strategy trades
 * twice a day (about 10:00 and 13:00) on 125 business days (250 trades); each live strategy
 * trades 50 of those days, both entries, 0–40 minutes after the backtest — 5,000 backtest ×
 * 2,000 live trades. P/Ls resample the EMA sample's per-contract P/L (seeded).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importText } from '../../core/import';
import type { ReportingTrade, Trade } from '../../core/model';
import { Xoshiro128 } from '../../core/random';

export const STRATEGIES = 20;
const DAYS = 125;
const LIVE_DAYS = 50;
export const SIMS = 10_000;

const path = fileURLToPath(new URL('../fixtures/optionomega/ema-tradelog.csv', import.meta.url));
const imported = await importText('ema-tradelog.csv', readFileSync(path, 'utf8'));
if (!imported.ok || !('trades' in imported)) throw new Error('EMA fixture did not import');
const pool = imported.trades.map((t) => t.pl / t.contracts);
const rng = new Xoshiro128(14);

const days: string[] = [];
for (const day = new Date(Date.UTC(2024, 0, 1)); days.length < DAYS; day.setUTCDate(day.getUTCDate() + 1)) {
  if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
}
const hhmmss = (s: number) => [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((v) => String(v).padStart(2, '0')).join(':');
export const backtest: Trade[] = [];
export const live: ReportingTrade[] = [];
for (let s = 0; s < STRATEGIES; s++) {
  const strategy = `Strategy ${String(s + 1).padStart(2, '0')}`;
  const liveDays = new Set<number>();
  while (liveDays.size < LIVE_DAYS) liveDays.add(rng.nextIndex(DAYS));
  days.forEach((date, d) => {
    for (const base of [10 * 3600, 13 * 3600]) {
      const open = base + rng.nextIndex(1800);
      const premium = 100 + rng.nextIndex(400);
      backtest.push({ strategy, symbol: 'SPX', dateOpened: date, timeOpened: hhmmss(open), dateClosed: date, timeClosed: '16:00:00', contracts: 1, pl: pool[rng.nextIndex(pool.length)], fees: 0, premium, marginReq: null, fundsAtClose: null, maxLossPct: null, maxProfitPct: null, openingPrice: null, closingPrice: null, openingVix: null, legs: '', reasonForClose: 'Expired' });
      if (!liveDays.has(d)) continue;
      live.push({ strategy, dateOpened: date, timeOpened: hhmmss(open + rng.nextIndex(2400)), openingPrice: null, legs: '', initialPremium: (premium + rng.nextIndex(21) - 10) / 100, contracts: 2, pl: 2 * pool[rng.nextIndex(pool.length)], closingPrice: null, dateClosed: date, timeClosed: '16:00:00', avgClosingCost: null, reasonForClose: 'Expired' });
    }
  });
}

