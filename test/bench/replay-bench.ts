/**
 * Replay benchmark (issue 4): 100,000 trades × 8 scenarios, target < 0.5 s. The trades
 * resample the EMA sample's rows (seeded) onto consecutive business days, 10 a day, each
 * closing 20 minutes to a few hours after it opens (so trades overlap).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importText } from '../../core/import';
import type { Trade } from '../../core/model';
import { Xoshiro128 } from '../../core/random';
import { defaultReplaySettings, parseRuleSpec, prepareReplayInput, runReplay, type ReplayScenario } from '../../core/replay';
import { loadNote, median, runsText, time } from './bench-util';

const TRADES = 100_000;
const PER_DAY = 10;
const RULES = ['log', 'fixed:1', 'dollar-risk:2000', 'fraction:0.02', 'kelly:0.5', 'vol-target:0.15', 'optimal-f', 'fraction:0.3:margin'];

const path = fileURLToPath(new URL('../fixtures/optionomega/ema-tradelog.csv', import.meta.url));
const imported = await importText('ema-tradelog.csv', readFileSync(path, 'utf8'));
if (!imported.ok || !('trades' in imported)) throw new Error('EMA fixture did not import');
const rows = imported.trades;
const rng = new Xoshiro128(100_000);
const trades: Trade[] = [];
const day = new Date(Date.UTC(1990, 0, 1));
while (trades.length < TRADES) {
  const w = day.getUTCDay();
  if (w !== 0 && w !== 6) {
    const date = day.toISOString().slice(0, 10);
    for (let k = 0; k < PER_DAY && trades.length < TRADES; k++) {
      const row = rows[rng.nextIndex(rows.length)];
      const open = 9 * 60 + 35 + k * 35;
      const close = Math.min(16 * 60, open + 20 + rng.nextIndex(180));
      const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
      trades.push({ ...row, dateOpened: date, timeOpened: hhmm(open), dateClosed: date, timeClosed: hhmm(close), fundsAtClose: null });
    }
  }
  day.setUTCDate(day.getUTCDate() + 1);
}

const settings = { ...defaultReplaySettings(100_000), marginCeiling: 0.8, maxOpenTrades: 4, streak: { losses: 3, multiplier: 0.5 } };
const scenarios: ReplayScenario[] = RULES.map((spec) => {
  const parsed = parseRuleSpec(spec);
  if (!parsed.ok) throw new Error(parsed.message);
  return { rule: parsed.rule, settings };
});

prepareReplayInput(trades.slice(0, 2000)); // JIT warm-up
runReplay(prepareReplayInput(trades.slice(0, 2000)), scenarios); // JIT warm-up
// Cold: the first full-size run in this process (preparation + all scenarios), then the median of 3.
const cold = await time(() => runReplay(prepareReplayInput(trades), scenarios));
const total = await median(3, () => runReplay(prepareReplayInput(trades), scenarios));
const prepare = await median(3, () => prepareReplayInput(trades));
const input = prepareReplayInput(trades);
const replay = await median(3, () => runReplay(input, scenarios));
const results = runReplay(input, scenarios);
console.log(`${TRADES.toLocaleString('en-US')} trades (${input.dates.length.toLocaleString('en-US')} business days) × ${scenarios.length} scenarios, median of 3`);
console.log(`total (prepare + replay) ${total.wallMs.toFixed(0)} ms wall / ${total.cpuMs.toFixed(0)} ms CPU (${runsText(total.runsMs)}); first full-size run ${cold.wallMs.toFixed(0)} ms wall / ${cold.cpuMs.toFixed(0)} ms CPU`);
console.log(`  prepare (parse dates once, sort, typed arrays, calendar) ${prepare.wallMs.toFixed(0)} ms wall / ${prepare.cpuMs.toFixed(0)} ms CPU (${runsText(prepare.runsMs)})`);
console.log(`  replay of all scenarios ${replay.wallMs.toFixed(0)} ms wall / ${replay.cpuMs.toFixed(0)} ms CPU (${runsText(replay.runsMs)})`);
for (const r of results) console.log(`  ${r.rule.padEnd(26)} taken ${String(r.tradesTaken).padStart(6)}  final ${r.finalEquity.toExponential(3)}`);
console.log(loadNote());
