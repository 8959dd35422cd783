/**
 * Bets benchmark (issue 12): a bet log of 100,000 settled bets across 50 groups (cities),
 * written by the seeded generator (core/bets/generator) as the canonical CSV. Measures the
 * import (core/import importBetLog: decode, mapping guess, cents check, parse, P/L check,
 * sort) and all per-group metrics + scores + the budget split + sizing 150 candidates
 * (core/bets analyzeBets). Targets on the 2-core reference machine: import < 1 s; metrics +
 * budget < 200 ms. Each figure is the median of 5 runs in this process after a first (cold) run,
 * which is printed too, with CPU time.
 *
 *   npx tsx test/bench/bets-bench.ts
 */
import { pathToFileURL } from 'node:url';
import { importBetLog, importBetCandidates } from '../../core/import';
import { analyzeBets } from '../../core/bets';
import { betLogCsv, candidatesCsv, generateBets, type GeneratorCity } from '../../core/bets/generator';
import { loadNote, median, peakRssMb, runsText } from './bench-util';

const GROUPS = 50;
const BETS = 100_000;
const IMPORT_TARGET_MS = 1000;
const METRICS_TARGET_MS = 200;

/** The 50 cities of the workload (also test/bench/bets-cli-bench.ts). */
export function cities(): GeneratorCity[] {
  return Array.from({ length: GROUPS }, (_, i) => ({
    name: `City ${String(i + 1).padStart(2, '0')}`,
    code: `C${i + 1}`,
    errorSd: 1 + (i % 5) * 0.3,
    bias: 0,
    modelSd: 1 + (i % 5) * 0.3,
    marketSd: 1.5 + (i % 7) * 0.2,
    betDayProbability: 1,
    maxBetsPerDay: 12,
    degrade: i % 10 === 0 ? { lastDays: 20, errorSd: 2.8, bias: 2 } : undefined,
  }));
}

async function main(): Promise<void> {
  const generated = generateBets({ seed: 7, days: 240, cities: cities(), minEdge: -1 });
  if (generated.bets.length < BETS) throw new Error(`the generator made only ${generated.bets.length} bets`);
  const bets = generated.bets.slice(0, BETS);
  const csv = new TextEncoder().encode(betLogCsv(bets));
  const candidateCsv = new TextEncoder().encode(candidatesCsv(generated.candidates.slice(0, 150)));
  console.log(`${BETS.toLocaleString('en-US')} bets, ${new Set(bets.map((b) => b.group)).size} groups, ${new Set(bets.map((b) => b.date)).size} settled days; CSV ${(csv.length / 1024 / 1024).toFixed(1)} MB; ${loadNote()}`);

  const coldStart = performance.now();
  let imported = await importBetLog('bets.csv', csv);
  const coldImportMs = performance.now() - coldStart;
  const importTiming = await median(5, async () => {
    imported = await importBetLog('bets.csv', csv);
  });
  if (!imported.ok || imported.bets.length !== BETS || imported.rejected.length > 0) throw new Error(`import failed: ${imported.ok ? `${imported.bets.length} bets, ${imported.rejected.length} rejected` : imported.message}`);
  const candidates = await importBetCandidates('candidates.csv', candidateCsv);
  if (!candidates.ok) throw new Error(candidates.message);

  const coldAnalysisStart = performance.now();
  let analysis = analyzeBets(imported.bets, candidates.candidates, { budget: 5000, cash: 40000 });
  const coldAnalysisMs = performance.now() - coldAnalysisStart;
  const metricsTiming = await median(5, () => {
    analysis = analyzeBets(imported.ok ? imported.bets : [], candidates.candidates, { budget: 5000, cash: 40000 });
  });
  const flagged = analysis.groups.filter((g) => g.metrics.drift.flag).length;
  const budgetSum = analysis.groups.reduce((sum, g) => sum + g.budget, 0);

  const line = (name: string, t: { wallMs: number; cpuMs: number; runsMs: number[] }, target: number) =>
    console.log(`${name}: ${t.wallMs.toFixed(0)} ms wall (${t.cpuMs.toFixed(0)} ms CPU; runs ${runsText(t.runsMs)}) — target < ${target} ms: ${t.wallMs < target ? 'met' : 'NOT met'}`);
  line('import 100,000 bets (importBetLog)', importTiming, IMPORT_TARGET_MS);
  line('metrics + scores + budget + sizing (analyzeBets)', metricsTiming, METRICS_TARGET_MS);
  console.log(`first (cold) runs: import ${coldImportMs.toFixed(0)} ms, analysis ${coldAnalysisMs.toFixed(0)} ms`);
  console.log(`check: ${analysis.groups.length} groups, ${flagged} drift flags, budgets sum to $${budgetSum} of $${analysis.runBudget.amount}, ${analysis.tickets.length} tickets; peak RSS ${peakRssMb().toFixed(0)} MB`);
}

// Run only as the benchmark itself, not when imported for its workload.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
