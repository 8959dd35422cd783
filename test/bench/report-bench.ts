/**
 * Benchmark: the PDF sizing report of the EMA sample, end to end (target < 5 s on this
 * 2-core machine). Measures (1) the whole `sizewise report` command as a user runs it —
 * process start, import, statistics, sizing, realism, report model, Chromium launch, page
 * render, PDF write — and (2) in-process, the computation up to the report model and the
 * printing alone. Median of 3 runs each. Run: `npx tsx test/bench/report-bench.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../cli/pdf/find-chromium';
import { printReport } from '../../cli/pdf/print-report';
import { importBytes } from '../../core/import';
import { assessRealism } from '../../core/realism';
import { buildReportModel, portfolioDailyReturns, type ReportModel } from '../../core/report';
import { analyzeSizing } from '../../core/sizing';
import { computeStats } from '../../core/stats';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample = join(root, 'test/fixtures/optionomega/ema-tradelog.csv');
const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function modelOfSample(): Promise<ReportModel> {
  const outcome = await importBytes('ema-tradelog.csv', new Uint8Array(readFileSync(sample)));
  if (!outcome.ok || outcome.format !== 'optionomega-trades') throw new Error('the EMA sample did not import as a trade log');
  const stats = computeStats(outcome.trades);
  const capital = stats.portfolio.startingCapital;
  return buildReportModel({
    portfolioName: 'EMA sample',
    stats,
    sizing: analyzeSizing(outcome.trades, { capital, fraction: 0.5 }),
    realism: assessRealism(portfolioDailyReturns(stats.portfolio)),
    capital,
    fraction: 0.5,
    generatedAt: new Date().toISOString(),
  });
}

const dir = mkdtempSync(join(tmpdir(), 'sizewise-report-bench-'));
try {
  const chromiumPath = findChromium();
  const cli: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const stdout = execFileSync(process.execPath, [join(root, 'cli/bin/sizewise.js'), 'report', sample, '--out', join(dir, `cli-${i}.pdf`), '--json'], { cwd: root, encoding: 'utf8' });
    cli.push(performance.now() - started);
    pages = (JSON.parse(stdout) as { pages: number }).pages;
  }
  const compute: number[] = [];
  const printing: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const model = await modelOfSample();
    compute.push(performance.now() - started);
    const printed = await printReport({ model, pageSize: 'A4', out: join(dir, `print-${i}.pdf`), chromiumPath });
    printing.push(printed.elapsedMs);
  }
  const line = (label: string, values: number[]) => `${label.padEnd(52)} median ${(median(values) / 1000).toFixed(2)} s  (runs: ${values.map((v) => (v / 1000).toFixed(2)).join(', ')})`;
  process.stdout.write(
    [
      `report bench — EMA sample (384 trades), ${pages} pages A4, target < 5 s`,
      line('sizewise report, whole command (process start → PDF)', cli),
      line('import + stats + sizing + realism + report model', compute),
      line('print (serve, Chromium, render, ready, PDF, write)', printing),
    ].join('\n') + '\n',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
