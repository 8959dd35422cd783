/**
 * `sizewise report` — the PDF sizing report, headless: the same report model and page as
 * the app's "Export report…", printed by Chromium. Input is a trade log (any format the
 * importer detects) or a `.sizewise` workspace (recognised by its SQLite header, read with
 * core/db on sql.js). `--json` prints { out, pages, sections, elapsedMs }.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DailyLogRow, Trade } from '../../core/model';
import { assessRealism } from '../../core/realism';
import { buildReportModel, portfolioDailyReturns, SECTION_IDS, validateSectionIds, type ReportPageSize } from '../../core/report';
import { analyzeSizing, MAX_MULTIPLIER } from '../../core/sizing';
import { computeStats } from '../../core/stats';
import { numberFlag, POSITIVE } from '../args';
import { type Command, type CommandOutput, UsageError } from '../command';
import { loadTradeLog } from '../load-input';
import { findChromium } from '../pdf/find-chromium';
import { printReport } from '../pdf/print-report';

const DEFAULT_FRACTION = 0.5;

const usage = `usage: sizewise report <tradelog.csv | workspace.sizewise> --out report.pdf [options] [--json]
  --out FILE             where to write the PDF (required)
  --sections a,b,…       sections to include (default: every section with data):
                         ${SECTION_IDS.join(', ')}
  --page-size A4|Letter  paper size (default A4)
  --capital N            capital to size for (default: the detected starting capital)
  --fraction F           Kelly fraction, 0.5 = half Kelly (default ${DEFAULT_FRACTION})
  --name TEXT            portfolio name on the cover (default: the input file name)
  --chromium PATH        browser to print with (else CHROMIUM_PATH, else common install paths)
JSON: { out, pages, sections, elapsedMs }`;

export interface ReportArgs {
  input: string;
  out: string;
  sections?: string[];
  pageSize: ReportPageSize;
  capital?: number;
  fraction: number;
  name?: string;
  chromium?: string;
}

/** Parses the command line of `sizewise report` (without --json). */
export function parseReportArgs(args: string[]): ReportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        sections: { type: 'string' },
        'page-size': { type: 'string' },
        capital: { type: 'string' },
        fraction: { type: 'string' },
        name: { type: 'string' },
        chromium: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`report: ${(error as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'report: missing <tradelog.csv | workspace.sizewise>' : `report: expected one input file, got ${positionals.length}`);
  }
  if (!values.out) throw new UsageError('report: --out report.pdf is required');
  const pageSize = values['page-size'] ?? 'A4';
  if (pageSize !== 'A4' && pageSize !== 'Letter') throw new UsageError(`--page-size: "${pageSize}" is not A4 or Letter`);
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
    input: positionals[0],
    out: values.out,
    sections,
    pageSize,
    capital: values.capital === undefined ? undefined : numberFlag('--capital', values.capital, POSITIVE),
    fraction: values.fraction === undefined ? DEFAULT_FRACTION : numberFlag('--fraction', values.fraction, { min: 0, max: MAX_MULTIPLIER }),
    name: values.name,
    chromium: values.chromium,
  };
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Trades and daily log of a `.sizewise` workspace, through core/db (sql.js loaded only for workspaces). */
async function loadWorkspace(path: string, bytes: Uint8Array): Promise<{ trades: Trade[]; daily: DailyLogRow[] }> {
  const [{ default: initSqlJs }, { openWorkspaceBytes, queryDaily, queryTrades }] = await Promise.all([import('sql.js'), import('../../core/db')]);
  const SQL = await initSqlJs();
  const opened = openWorkspaceBytes(SQL, bytes);
  if (!opened.ok) throw new UsageError(`${basename(path)}: ${opened.message}`);
  try {
    return { trades: queryTrades(opened.db), daily: queryDaily(opened.db) };
  } finally {
    opened.db.close();
  }
}

async function loadInput(path: string): Promise<{ trades: Trade[]; daily?: DailyLogRow[] }> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `file not found: ${path}` : `cannot read ${path}: ${code ?? String(error)}`);
  }
  if (Buffer.from(head.subarray(0, SQLITE_MAGIC.length)).toString('latin1') === SQLITE_MAGIC) return loadWorkspace(path, head);
  const imported = await loadTradeLog(path);
  return { trades: imported.trades };
}

async function run(args: string[]): Promise<CommandOutput> {
  const started = performance.now();
  const options = parseReportArgs(args);
  const chromiumPath = findChromium({ explicit: options.chromium });
  const { trades, daily } = await loadInput(options.input);
  if (trades.length === 0) throw new UsageError(`${basename(options.input)}: no trades to report on`);
  const stats = computeStats(trades, { daily: daily && daily.length > 0 ? daily : undefined });
  const capital = options.capital ?? stats.portfolio.startingCapital;
  const sizing = analyzeSizing(trades, { capital, fraction: options.fraction, history: { curve: stats.portfolio.curve, startingCapital: stats.portfolio.startingCapital } });
  const returns = portfolioDailyReturns(stats.portfolio);
  const model = buildReportModel({
    portfolioName: options.name ?? basename(options.input, extname(options.input)),
    stats,
    sizing,
    realism: returns.length >= 2 ? assessRealism(returns) : undefined,
    capital,
    fraction: options.fraction,
    generatedAt: new Date().toISOString(),
    sections: options.sections,
  });
  if (model.sections.length === 0) throw new UsageError(`none of the sections ${options.sections?.join(', ')} has data for ${basename(options.input)}`);
  const printed = await printReport({
    model,
    pageSize: options.pageSize,
    out: resolve(options.out),
    chromiumPath,
    log: (line) => process.stderr.write(`sizewise: ${line}\n`),
  });
  const sections = model.sections.map((s) => s.id);
  const elapsedMs = Math.round(performance.now() - started);
  return {
    json: { out: printed.out, pages: printed.pages, sections, elapsedMs },
    text: `wrote ${printed.out}: ${printed.pages} pages (${options.pageSize}), sections ${sections.join(', ')}, in ${(elapsedMs / 1000).toFixed(1)} s`,
  };
}

const report: Command = {
  summary: 'the PDF sizing report of a trade log or workspace (statistics, charts, Kelly, margin, realism)',
  usage,
  run,
};

export default report;
