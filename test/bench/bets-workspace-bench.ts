/**
 * Bets in the workspace (issue 12), the data worker's path for the bets-bench workload
 * (100,000 settled bets, 50 groups, 150 candidates): the import as the Bets page does it —
 * parse (core/import importBetLog) and commit in one transaction into the workspace's `bets`
 * table (core/db commitParsedImport) — and a run over the stored bets as runBets does it
 * (core/db queryBets, then core/app storedBetsRun). The same calls DataService makes; run
 * here without the class, whose bundled DTB3 import (`?raw`) tsx cannot load. Targets of the
 * issue: import < 1 s; metrics + budget < 200 ms. Medians of 5 after a first run, with CPU.
 *
 *   npx tsx test/bench/bets-workspace-bench.ts
 */
import initSqlJs from 'sql.js';
import { storedBetsRun } from '../../core/app';
import { betLogCsv, candidatesCsv, generateBets } from '../../core/bets/generator';
import { commitParsedImport, createWorkspace, queryBets } from '../../core/db';
import { importBetCandidates, importBetLog } from '../../core/import';
import { loadNote, median, peakRssMb, runsText } from './bench-util';
import { cities } from './bets-bench';

const BETS = 100_000;

async function main(): Promise<void> {
  const SQL = await initSqlJs();
  const generated = generateBets({ seed: 7, days: 240, cities: cities(), minEdge: -1 });
  const bets = generated.bets.slice(0, BETS);
  const csv = new TextEncoder().encode(betLogCsv(bets));
  const candidates = await importBetCandidates('candidates.csv', new TextEncoder().encode(candidatesCsv(generated.candidates.slice(0, 150))));
  console.log(`${BETS.toLocaleString('en-US')} bets in 50 groups into a workspace; ${loadNote()}`);

  let stored = 0;
  const importOnce = async () => {
    const db = createWorkspace(SQL);
    const parsed = await importBetLog('bets.csv', csv);
    if (!parsed.ok || parsed.rejected.length) throw new Error('import failed');
    const committed = commitParsedImport(db, parsed, { importedAt: '2026-12-07T00:00:00.000Z' });
    if (!committed.ok) throw new Error(committed.message);
    stored = committed.rows;
    db.close();
  };
  const coldStart = performance.now();
  await importOnce();
  const coldImport = performance.now() - coldStart;
  const importTiming = await median(5, importOnce);

  const db = createWorkspace(SQL);
  const parsed = await importBetLog('bets.csv', csv);
  if (!parsed.ok) throw new Error(parsed.message);
  commitParsedImport(db, parsed, { importedAt: '2026-12-07T00:00:00.000Z' });
  const readTiming = await median(5, () => {
    queryBets(db);
  });
  const log = queryBets(db);
  let budgets = 0;
  const runTiming = await median(5, () => {
    const run = storedBetsRun(log, [], candidates, { budget: 5000, cash: 40000 });
    if (!run.ok) throw new Error(run.message);
    budgets = run.analysis.groups.reduce((sum, g) => sum + g.budget, 0);
  });

  const line = (name: string, t: { wallMs: number; cpuMs: number; runsMs: number[] }, target: number | null) =>
    console.log(`${name}: ${t.wallMs.toFixed(0)} ms wall (${t.cpuMs.toFixed(0)} ms CPU; runs ${runsText(t.runsMs)})${target === null ? '' : ` — target < ${target} ms: ${t.wallMs < target ? 'met' : 'NOT met'}`}`);
  line('import into the workspace (parse + commit)', importTiming, 1000);
  line('read the stored bets (queryBets, once per content change)', readTiming, null);
  line('run over the stored bets (storedBetsRun: metrics, budget, sizing)', runTiming, 200);
  console.log(`first (cold) import ${coldImport.toFixed(0)} ms; check: ${stored} bets stored, budgets sum to $${budgets}; peak RSS ${peakRssMb().toFixed(0)} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
