/**
 * `sizewise report` — the PDF sizing report, headless: the same report model and page as
 * the app's "Export report…", printed by Chromium. Input is a trade log (any format the
 * importer detects) or a `.sizewise` workspace (recognised by its SQLite header, read with
 * core/db on sql.js; its saved replay scenarios are compared, else the report's default set
 * or `--rules`). A section without data is printed as its reason and named on stderr.
 * `--json` prints { out, pages, sections, omitted, elapsedMs }.
 */
import { basename, extname, resolve } from 'node:path';
import type { DailyLogRow, Trade } from '../../core/model';
import { MAX_PATHS } from '../../core/montecarlo';
import {
  buildReportModel,
  MAX_REPORT_SCENARIOS,
  REPORT_MONTE_CARLO,
  reportAnalyses,
  SECTION_IDS,
  validateSectionIds,
  type ReportPageSize,
  type StoredScenario,
} from '../../core/report';
import { analyzeSizing, MAX_MULTIPLIER } from '../../core/sizing';
import { computeStats } from '../../core/stats';
import { choiceFlag, type InputKind, MAX_SEED, NUMBER_HELP, numberFlag, parseCommandArgs, POSITIVE, ruleFlag, SEED, singleInput } from '../args';
import { type Command, type CommandOutput, UsageError } from '../command';
import { loadTradeLog } from '../load-input';
import { readHead, readInput, WORKSPACE_INPUT } from '../read-input';
import { findChromium } from '../pdf/find-chromium';
import { printReport } from '../pdf/print-report';

const DEFAULT_FRACTION = 0.5;
const REPORT_INPUT: InputKind = { placeholder: '<tradelog.csv | workspace.sizewise>', noun: 'input file' };

const usage = `usage: sizewise report <tradelog.csv | workspace.sizewise> --out report.pdf [options] [--json]
  --out FILE             where to write the PDF (required)
  --sections a,b,…       sections to include (default: every section with data):
                         ${SECTION_IDS.join(', ')}
  --page-size A4|Letter  paper size (default A4)
  --capital N            capital to size for, > 0 and ≤ 1e15 (default: the detected starting capital)
  --fraction F           Kelly fraction 0–${MAX_MULTIPLIER}, 0.5 = half Kelly (default ${DEFAULT_FRACTION})
  --name TEXT            portfolio name on the cover (default: the input file name)
  --rules SPEC,SPEC      replay scenarios to compare, up to ${MAX_REPORT_SCENARIOS} (default: the workspace's saved
                         replay scenarios, else log, fixed:1, kelly:0.5, kelly:0.25)
  --mc-paths N           Monte Carlo paths, 1–${MAX_PATHS.toLocaleString('en-US')} (default ${REPORT_MONTE_CARLO.paths.toLocaleString('en-US')})
  --mc-seed S            Monte Carlo seed, a whole number 0–${MAX_SEED.toLocaleString('en-US')} (default ${REPORT_MONTE_CARLO.seed})
  --chromium PATH        browser to print with (else CHROMIUM_PATH, else common install paths)
Environment: SIZEWISE_WEB_ROOT = a built renderer folder holding report.html (default dist-web/)
JSON: { out, pages, sections, omitted: [{ id, reason }], elapsedMs } — a section without data
prints its reason in the PDF and on stderr
${NUMBER_HELP}`;

export interface ReportArgs {
  input: string;
  out: string;
  sections?: string[];
  pageSize: ReportPageSize;
  capital?: number;
  fraction: number;
  name?: string;
  chromium?: string;
  /** Replay rule specs to compare instead of the saved or default scenarios. */
  rules?: string[];
  mcPaths: number;
  mcSeed: number;
}

/** `--rules log,kelly:0.5`: 1 to MAX_REPORT_SCENARIOS valid rule specs. */
function rulesFlag(text: string): string[] {
  const specs = text.split(',').map((spec) => spec.trim()).filter(Boolean);
  if (specs.length === 0 || specs.length > MAX_REPORT_SCENARIOS) throw new UsageError(`--rules: name 1 to ${MAX_REPORT_SCENARIOS} rules, got ${specs.length}`);
  specs.forEach(ruleFlag);
  return specs;
}

/** Parses the command line of `sizewise report` (without --json). */
export function parseReportArgs(args: string[]): ReportArgs {
  const { values, positionals } = parseCommandArgs('report', args, {
    out: { type: 'string' },
    sections: { type: 'string' },
    'page-size': { type: 'string' },
    capital: { type: 'string' },
    fraction: { type: 'string' },
    name: { type: 'string' },
    chromium: { type: 'string' },
    rules: { type: 'string' },
    'mc-paths': { type: 'string' },
    'mc-seed': { type: 'string' },
  });
  const input = singleInput('report', positionals, REPORT_INPUT);
  if (!values.out) throw new UsageError('report: --out report.pdf is required');
  const pageSize = choiceFlag<ReportPageSize>('--page-size', values['page-size'], ['A4', 'Letter'], 'A4');
  let sections: string[] | undefined;
  if (values.sections !== undefined) {
    sections = values.sections.split(',').map((s) => s.trim()).filter(Boolean);
    if (sections.length === 0) throw new UsageError(`--sections: name at least one of ${SECTION_IDS.join(', ')}`);
    try {
      validateSectionIds(sections);
    } catch (error) {
      throw new UsageError(`--sections: ${(error as Error).message}`);
    }
  }
  return {
    input,
    out: values.out,
    sections,
    pageSize,
    capital: values.capital === undefined ? undefined : numberFlag('--capital', values.capital, POSITIVE),
    fraction: values.fraction === undefined ? DEFAULT_FRACTION : numberFlag('--fraction', values.fraction, { min: 0, max: MAX_MULTIPLIER }),
    name: values.name,
    chromium: values.chromium,
    rules: values.rules === undefined ? undefined : rulesFlag(values.rules),
    mcPaths: values['mc-paths'] === undefined ? REPORT_MONTE_CARLO.paths : numberFlag('--mc-paths', values['mc-paths'], { min: 1, max: MAX_PATHS, integer: true }),
    mcSeed: values['mc-seed'] === undefined ? REPORT_MONTE_CARLO.seed : numberFlag('--mc-seed', values['mc-seed'], SEED),
  };
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

interface ReportData {
  trades: Trade[];
  daily?: DailyLogRow[];
  /** A workspace's saved replay scenarios. */
  saved?: StoredScenario[];
}

/** Trades, daily log and saved replay scenarios of a `.sizewise` workspace, through core/db (sql.js loaded only for workspaces). */
async function loadWorkspace(path: string, bytes: Uint8Array): Promise<ReportData> {
  const [{ default: initSqlJs }, { listScenarios, openWorkspaceBytes, queryDaily, queryTrades }] = await Promise.all([import('sql.js'), import('../../core/db')]);
  const SQL = await initSqlJs();
  const opened = openWorkspaceBytes(SQL, bytes);
  if (!opened.ok) throw new UsageError(`${basename(path)}: ${opened.message}`);
  try {
    return { trades: queryTrades(opened.db), daily: queryDaily(opened.db), saved: listScenarios(opened.db, 'replay') };
  } finally {
    opened.db.close();
  }
}

async function loadInput(path: string): Promise<ReportData> {
  const head = await readHead(path, SQLITE_MAGIC.length);
  if (Buffer.from(head).toString('latin1') === SQLITE_MAGIC) return loadWorkspace(path, await readInput(path, WORKSPACE_INPUT));
  const imported = await loadTradeLog(path);
  return { trades: imported.trades };
}

async function run(args: string[]): Promise<CommandOutput> {
  const started = performance.now();
  const options = parseReportArgs(args);
  const chromiumPath = findChromium({ explicit: options.chromium });
  const { trades, daily, saved } = await loadInput(options.input);
  if (trades.length === 0) throw new UsageError(`${basename(options.input)}: no trades to report on`);
  const stats = computeStats(trades, { daily: daily && daily.length > 0 ? daily : undefined });
  const capital = options.capital ?? stats.portfolio.startingCapital;
  const sizing = analyzeSizing(trades, { capital, fraction: options.fraction, history: { curve: stats.portfolio.curve, startingCapital: stats.portfolio.startingCapital } });
  const analyses = reportAnalyses(trades, stats, capital, { rules: options.rules, saved, paths: options.mcPaths, seed: options.mcSeed, sections: options.sections });
  const model = buildReportModel({
    portfolioName: options.name ?? basename(options.input, extname(options.input)),
    stats,
    sizing,
    ...analyses,
    capital,
    fraction: options.fraction,
    generatedAt: new Date().toISOString(),
    sections: options.sections,
  });
  const omitted = model.sections.filter((s) => s.omitted !== undefined);
  if (omitted.length === model.sections.length) {
    throw new UsageError(`none of the sections ${model.sections.map((s) => s.id).join(', ')} has data for ${basename(options.input)}: ${omitted.map((s) => `${s.id}: ${s.omitted}`).join('; ')}`);
  }
  for (const section of omitted) process.stderr.write(`sizewise: section "${section.id}" has no content (the PDF says why): ${section.omitted}\n`);
  const printed = await printReport({
    model,
    pageSize: options.pageSize,
    out: resolve(options.out),
    chromiumPath,
    webRoot: process.env.SIZEWISE_WEB_ROOT || undefined,
    log: (line) => process.stderr.write(`sizewise: ${line}\n`),
  });
  const sections = model.sections.filter((s) => s.omitted === undefined).map((s) => s.id);
  const elapsedMs = Math.round(performance.now() - started);
  return {
    json: { out: printed.out, pages: printed.pages, sections, omitted: omitted.map((s) => ({ id: s.id, reason: s.omitted })), elapsedMs },
    text: `wrote ${printed.out}: ${printed.pages} pages (${options.pageSize}), sections ${sections.join(', ')}${omitted.length > 0 ? ` (without content, reason on the page: ${omitted.map((s) => s.id).join(', ')})` : ''}, in ${(elapsedMs / 1000).toFixed(1)} s`,
  };
}

const report: Command = {
  summary: 'the PDF sizing report of a trade log or workspace (statistics, charts, Kelly, margin, realism, replay, Monte Carlo)',
  usage,
  run,
};

export default report;
