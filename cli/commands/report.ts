/**
 * `sizewise report` — the PDF sizing report, headless: the same report model as the app's
 * "Export report…" (core/app buildReport, its replay and Monte Carlo on the compute pool),
 * printed by Chromium. Input is a trade log (any format the importer detects) or a
 * `.sizewise` workspace, whose daily log (only when it matches the trades), saved replay
 * scenarios and saved Sizing-page settings (capital, fraction, cap, variants tried) are used
 * exactly as the app uses them; flags override them. A section without data is printed as
 * its reason and named on stderr, and so is a daily log that was left out.
 * Without `--out`, no PDF: `--json` prints the report model itself.
 * With `--out`, `--json` prints { out, pages, sections, omitted, elapsedMs }.
 */
import { basename, extname, resolve } from 'node:path';
import { DAILY_MISMATCH_PREFIX, DEFAULT_SIZING_SETTINGS, fractionOf, isDailyOnly, planReport, type ReportRequest } from '../../core/app';
import { MAX_PATHS } from '../../core/montecarlo';
import { MAX_REPORT_SCENARIOS, REPORT_MONTE_CARLO, SECTION_IDS, validateSectionIds, type ReportModel, type ReportPageSize } from '../../core/report';
import { MAX_MULTIPLIER } from '../../core/sizing';
import { createNodeComputePool } from '../../workers/pool-node';
import { runReportPlan } from '../../workers/report-runner';
import { choiceFlag, type InputKind, MAX_SEED, NUMBER_HELP, numberFlag, parseCommandArgs, POSITIVE, SEED, singleInput } from '../args';
import { ruleFlag } from '../rule-flag';
import { type Command, type CommandOutput, UsageError } from '../command';
import { loadContent } from '../load-input';
import { findChromium } from '../pdf/find-chromium';
import { printReport } from '../pdf/print-report';

const DEFAULT_FRACTION = fractionOf(DEFAULT_SIZING_SETTINGS);
/** Strategy variants tried, for the Deflated Sharpe: a bound far above any real search. */
const MAX_TRIALS = 1_000_000;
const REPORT_INPUT: InputKind = { placeholder: '<tradelog.csv | workspace.sizewise>', noun: 'input file' };

const usage = `usage: sizewise report <tradelog.csv | workspace.sizewise> [--out report.pdf] [options] [--json]
  --out FILE             where to write the PDF (without it: no PDF; --json prints the report model)
  --sections a,b,…       sections to include (default: every section with data):
                         ${SECTION_IDS.join(', ')}
  --page-size A4|Letter  paper size (default A4)
  --capital N            capital to size for, > 0 and ≤ 1e15 (default: a workspace's saved Sizing
                         capital, else the detected starting capital)
  --fraction F           Kelly fraction 0–${MAX_MULTIPLIER}, 0.5 = half Kelly (default: a workspace's saved
                         Sizing fraction, else ${DEFAULT_FRACTION})
  --trials N             strategy variants tried, for the Deflated Sharpe, 1–${MAX_TRIALS.toLocaleString('en-US')} (default: a
                         workspace's saved value, else 1)
  --name TEXT            portfolio name on the cover (default: the input file name)
  --rules SPEC,SPEC      replay scenarios to compare, up to ${MAX_REPORT_SCENARIOS} (default: the workspace's saved
                         replay scenarios, else log, fixed:1, kelly:0.5, kelly:0.25)
  --mc-paths N           Monte Carlo paths, 1–${MAX_PATHS.toLocaleString('en-US')} (default ${REPORT_MONTE_CARLO.paths.toLocaleString('en-US')})
  --mc-seed S            Monte Carlo seed, a whole number 0–${MAX_SEED.toLocaleString('en-US')} (default ${REPORT_MONTE_CARLO.seed})
  --chromium PATH        browser to print with (else CHROMIUM_PATH, else common install paths)
Environment: SIZEWISE_WEB_ROOT = a built renderer folder holding report.html (default dist-web/)
JSON with --out: { out, pages, sections, omitted: [{ id, reason }], elapsedMs } — a section
without data prints its reason in the PDF and on stderr. JSON without --out: the report model
{ cover, sections, conventions }, the same as the app's for the same workspace
${NUMBER_HELP}`;

export interface ReportArgs {
  input: string;
  /** Where to write the PDF; undefined = the model only. */
  out?: string;
  sections?: string[];
  pageSize: ReportPageSize;
  capital?: number;
  /** undefined = a workspace's saved Sizing fraction, else DEFAULT_FRACTION. */
  fraction?: number;
  trials?: number;
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
    trials: { type: 'string' },
    name: { type: 'string' },
    chromium: { type: 'string' },
    rules: { type: 'string' },
    'mc-paths': { type: 'string' },
    'mc-seed': { type: 'string' },
  });
  const input = singleInput('report', positionals, REPORT_INPUT);
  if (values.out === '') throw new UsageError('report: --out needs a file name');
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
    fraction: values.fraction === undefined ? undefined : numberFlag('--fraction', values.fraction, { min: 0, max: MAX_MULTIPLIER }),
    trials: values.trials === undefined ? undefined : numberFlag('--trials', values.trials, { min: 1, max: MAX_TRIALS, integer: true }),
    name: values.name,
    chromium: values.chromium,
    rules: values.rules === undefined ? undefined : rulesFlag(values.rules),
    mcPaths: values['mc-paths'] === undefined ? REPORT_MONTE_CARLO.paths : numberFlag('--mc-paths', values['mc-paths'], { min: 1, max: MAX_PATHS, integer: true }),
    mcSeed: values['mc-seed'] === undefined ? REPORT_MONTE_CARLO.seed : numberFlag('--mc-seed', values['mc-seed'], SEED),
  };
}

/** The core/app report request of the command line (flags override a workspace's saved settings). */
export function reportRequest(options: ReportArgs, generatedAt: string): ReportRequest {
  return {
    portfolioName: options.name ?? basename(options.input, extname(options.input)),
    generatedAt,
    sizing: { capital: options.capital, fraction: options.fraction },
    trials: options.trials,
    sections: options.sections,
    rules: options.rules,
    paths: options.mcPaths,
    seed: options.mcSeed,
  };
}

/** The report model of the input, its replay and Monte Carlo run on a pool of worker threads. */
export async function buildReportModelOf(options: ReportArgs, generatedAt: string): Promise<ReportModel> {
  const content = await loadContent(options.input);
  if (content.trades.length === 0 && !isDailyOnly(content)) throw new UsageError(`${basename(options.input)}: no trades to report on`);
  const planned = planReport(content, reportRequest(options, generatedAt));
  if (!planned.ok) throw new UsageError(`${basename(options.input)}: ${planned.message}`);
  const mismatch = planned.plan.input.stats.warnings.find((w) => w.startsWith(DAILY_MISMATCH_PREFIX));
  if (mismatch) process.stderr.write(`sizewise: ${mismatch}\n`);
  const pool = createNodeComputePool();
  try {
    const outcome = await runReportPlan(pool, planned.plan);
    if (!outcome.ok) throw new Error(`the report's computations failed: ${outcome.message}`);
    return outcome.model;
  } finally {
    pool.dispose();
  }
}

async function run(args: string[]): Promise<CommandOutput> {
  const started = performance.now();
  const options = parseReportArgs(args);
  const chromiumPath = options.out === undefined ? '' : findChromium({ explicit: options.chromium });
  const model = await buildReportModelOf(options, new Date().toISOString());
  const omitted = model.sections.filter((s) => s.omitted !== undefined);
  if (omitted.length === model.sections.length) {
    throw new UsageError(`none of the sections ${model.sections.map((s) => s.id).join(', ')} has data for ${basename(options.input)}: ${omitted.map((s) => `${s.id}: ${s.omitted}`).join('; ')}`);
  }
  for (const section of omitted) process.stderr.write(`sizewise: section "${section.id}" has no content (the PDF says why): ${section.omitted}\n`);
  const sections = model.sections.filter((s) => s.omitted === undefined).map((s) => s.id);
  if (options.out === undefined) {
    return { json: model, text: `report model of ${basename(options.input)}: sections ${sections.join(', ')}; --out FILE prints the PDF, --json prints the model` };
  }
  const printed = await printReport({
    model,
    pageSize: options.pageSize,
    out: resolve(options.out),
    chromiumPath,
    webRoot: process.env.SIZEWISE_WEB_ROOT || undefined,
    log: (line) => process.stderr.write(`sizewise: ${line}\n`),
  });
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
