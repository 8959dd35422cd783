/**
 * `sizewise stats` — portfolio and per-strategy statistics of a trade log (SPEC-metrics
 * §1–2), optionally with the OptionOmega daily log, a starting capital, a strategy and date
 * filter and a risk-free rate. `--json` prints the stable schema below; otherwise tables.
 */
import { basename } from 'node:path';
import { checkDailyAgainstTrades, type DailyDifference } from '../../core/import';
import { drawdownStatement, riskFreeStatement } from '../../core/report/conventions';
import type { DailyLogRow, RejectedRow, Trade } from '../../core/model';
import { computeStats, type RateSeries, type StatsReport, type StrategyStats, type TradeFilter } from '../../core/stats';
import { dailyOnlyStats, type DailyOnlyStats } from '../../core/stats/daily-only';
import { GENERIC_CSV_OPTIONS, mappingOptions, NUMBER_HELP, numberFlag, parseCliNumber, parseCommandArgs, POSITIVE, singleInput } from '../args';
import { type Command, type CommandOutput, UsageError } from '../command';
import { loadDailyLog, loadRateSeries, loadTradeLog, type TradeLogMapping } from '../load-input';
import { nullNotes } from '../../core/report/null-notes';
import { money, num, pct, table } from '../output';
import { tierUpLater } from '../short-run-tiering';

const usage = `usage: sizewise stats <tradelog.csv> [options] [--json]
       sizewise stats --daily <daily.csv> [--risk-free R] [--json]   (a daily log without a trade log)
  --daily FILE         OptionOmega daily log: when it belongs to the trade log (Current Funds +
                       Withdrawn = start + closed P/L on every date, to $1), starting capital,
                       drawdown, CAGR, Sharpe, Sortino and Calmar come from its Net Liquidity
                       (marked to market); otherwise it is not used and the first differing
                       date is named
  --capital N          starting capital, > 0 and ≤ 1e15 (overrides the derived one)
  --strategy NAME      only this strategy (repeat for several)
  --from YYYY-MM-DD    only trades opened on or after this date
  --to YYYY-MM-DD      only trades opened on or before this date
  --map field=Column,… column mapping for a generic CSV (fields: opened, closed, strategy,
                       symbol, quantity, pl, fees, margin, entryPrice, exitPrice, side)
  --date-format F      date format of a generic CSV (e.g. MM/DD/YYYY; default auto)
  --risk-free R        annual risk-free rate as a decimal (0.04) or percent (4%), between -100% and 100%; default 0;
                       or "historical": each day's 3-month T-bill rate (FRED DTB3, bundled)
  --json               machine-readable output; fractions are decimals
${NUMBER_HELP}
JSON: { portfolio, strategies[], conventions, import } — portfolio.maxDrawdown is on the curve in
use (conventions.drawdownSource "daily-log" or "trades"), portfolio.maxDrawdownClosedTrades
always on closed trades; conventions.dailyLog = { accepted, reason, firstDifference } (null
without --daily); conventions.riskFree = { kind: "fixed", annualRate } or { kind: "historical",
series: "DTB3", through, staleFrom }. import.warnings holds everything
the import, the daily-log check and the statistics flagged; portfolio and each strategy carry
ruin ({ date, equity } when equity reached 0 or below, else null) and nullReasons (why each
null metric is null). Without a trade log (--daily alone) only the portfolio curve figures
are printed (starting capital, final Net Liquidity, max drawdown, CAGR, Sharpe, Sortino, Calmar,
from Net Liquidity), with conventions.missing naming what needs the trade log; strategies is [].`;

export interface StatsArgs extends TradeLogMapping {
  /** null: `--daily` alone (a daily log without a trade log). */
  tradeLog: string | null;
  daily?: string;
  capital?: number;
  filter: TradeFilter;
  riskFreeRate: number;
  /** `--risk-free historical`. */
  historicalRiskFree: boolean;
}

/** `--risk-free`: a decimal (0.04) or a percent (4%), strictly decimal digits either way, |rate| < 100%. */
function parseRate(text: string): number {
  const percent = text.endsWith('%');
  const value = parseCliNumber(percent ? text.slice(0, -1) : text);
  if (value === null) throw new UsageError(`--risk-free: "${text}" is not a number (write 0.04 or 4%)`);
  if (!percent && Math.abs(value) >= 1) throw new UsageError(`--risk-free: ${text} looks like a percent; write 0.04 or 4%`);
  if (percent && Math.abs(value) >= 100) throw new UsageError(`--risk-free: ${text} is not between -100% and 100%`);
  return percent ? value / 100 : value;
}

function parseDate(flag: string, text: string): string {
  const date = new Date(`${text}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  if (!valid) throw new UsageError(`${flag}: "${text}" is not a date YYYY-MM-DD`);
  return text;
}

/** Parses the command line of `sizewise stats` (without --json). */
export function parseStatsArgs(args: string[]): StatsArgs {
  const { values, positionals } = parseCommandArgs('stats', args, {
    daily: { type: 'string' },
    capital: { type: 'string' },
    strategy: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    ...GENERIC_CSV_OPTIONS,
    'risk-free': { type: 'string' },
  });
  const dailyOnly = positionals.length === 0 && values.daily !== undefined;
  const tradeLog = dailyOnly ? null : singleInput('stats', positionals);
  if (dailyOnly) {
    const needsTrades = (['strategy', 'from', 'to', 'capital', 'map', 'date-format'] as const).filter((flag) => values[flag] !== undefined);
    if (needsTrades.length > 0) throw new UsageError(`${needsTrades.map((flag) => `--${flag}`).join(', ')}: needs a trade log (a daily log alone gives the portfolio curve, its starting capital from the log)`);
  }
  const filter: TradeFilter = {};
  if (values.strategy) filter.strategies = values.strategy;
  if (values.from !== undefined) filter.from = parseDate('--from', values.from);
  if (values.to !== undefined) filter.to = parseDate('--to', values.to);
  if (filter.from && filter.to && filter.from > filter.to) throw new UsageError(`--from ${filter.from} is after --to ${filter.to}`);
  return {
    tradeLog,
    daily: values.daily,
    capital: values.capital === undefined ? undefined : numberFlag('--capital', values.capital, POSITIVE),
    filter,
    ...mappingOptions(values),
    riskFreeRate: values['risk-free'] === undefined || values['risk-free'] === 'historical' ? 0 : parseRate(values['risk-free']),
    historicalRiskFree: values['risk-free'] === 'historical',
  };
}

function strategyJson(s: StrategyStats) {
  return {
    name: s.name,
    trades: s.trades,
    totalPl: s.totalPl,
    winRate: s.winRate,
    avgWin: s.avgWin,
    avgLoss: s.avgLoss,
    profitFactor: s.profitFactor,
    kelly: s.kelly,
    kellyPerContract: s.kellyPerContract,
    kellyMargin: s.kellyMargin,
    maxDrawdown: s.maxDrawdown,
    cagr: s.cagr,
    sharpe: s.sharpe,
    curveBasis: s.curveBasis,
    ruin: s.ruin,
    nullReasons: s.nullReasons,
  };
}

interface ImportSummary {
  format: string;
  accepted: number;
  rejected: number;
  errors: RejectedRow[];
  warnings: string[];
}

/** What became of `--daily`: accepted, or the reason it was not used with the first differing date. */
export interface DailyLogVerdict {
  accepted: boolean;
  reason: string | null;
  firstDifference: DailyDifference | null;
}

/** The `--json` document of a stats run. */
export function statsJson(report: StatsReport, imported: ImportSummary, dailyLog: DailyLogVerdict | null = null) {
  const p = report.portfolio;
  return {
    portfolio: {
      trades: p.trades,
      wins: p.wins,
      losses: p.losses,
      scratches: p.scratches,
      totalPl: p.totalPl,
      winRate: p.winRate,
      avgWin: p.avgWin,
      avgLoss: p.avgLoss,
      profitFactor: p.profitFactor,
      startingCapital: p.startingCapital,
      finalEquity: p.finalEquity,
      cagr: p.cagr,
      maxDrawdown: p.maxDrawdown,
      maxDrawdownClosedTrades: p.maxDrawdownClosedTrades,
      sharpe: p.sharpe,
      sortino: p.sortino,
      calmar: p.calmar,
      kelly: p.kelly,
      firstDate: p.firstDate,
      lastDate: p.lastDate,
      ruin: p.ruin,
      nullReasons: p.nullReasons,
    },
    strategies: report.strategies.map(strategyJson),
    conventions: {
      riskFreeRate: p.riskFreeRate,
      riskFree: p.riskFree,
      startingCapitalSource: p.startingCapitalSource,
      drawdownSource: p.drawdownSource,
      drawdown: drawdownStatement(p),
      dailyLog,
    },
    import: imported,
  };
}

/** A metric's text, or "— (why)" when it is null. */
function orWhy(text: string, reason: string | undefined): string {
  return reason === undefined ? text : `${text} (${reason})`;
}

function statsText(report: StatsReport, imported: ImportSummary, fileName: string): string {
  const p = report.portfolio;
  const why = p.nullReasons;
  const portfolio = table([
    ['Portfolio', ''],
    ['Trades', `${p.trades} (${p.wins} wins, ${p.losses} losses, ${p.scratches} scratch${p.scratches === 1 ? '' : 'es'})`],
    ['Period', p.firstDate === null ? '—' : `${p.firstDate} .. ${p.lastDate}`],
    ['Total P/L', money(p.totalPl)],
    ['Win rate', orWhy(pct(p.winRate), why.winRate)],
    ['Avg win / avg loss', `${orWhy(money(p.avgWin), why.avgWin)} / ${orWhy(money(p.avgLoss), why.avgLoss)}`],
    ['Profit factor', orWhy(num(p.profitFactor, 3), why.profitFactor)],
    ['Starting capital', `${money(p.startingCapital)} (${p.startingCapitalSource})`],
    ['Final equity', money(p.finalEquity)],
    ...(p.ruin ? [['RUINED', `on ${p.ruin.date}: equity ${money(p.ruin.equity)} (≤ 0); the curve stops there`]] : []),
    ['CAGR', orWhy(pct(p.cagr), why.cagr)],
    ['Max drawdown', drawdownStatement(p)],
    ['Sharpe', orWhy(num(p.sharpe, 3), why.sharpe)],
    ['Sortino', orWhy(num(p.sortino, 3), why.sortino)],
    ['Calmar', orWhy(num(p.calmar, 3), why.calmar)],
    ['Kelly (P/L)', orWhy(pct(p.kelly), why.kelly)],
    ['Risk-free rate', riskFreeStatement(p.riskFree)],
  ]);
  const strategies = table([
    ['Strategy', 'Trades', 'Total P/L', 'Win rate', 'Avg win', 'Avg loss', 'PF', 'Kelly', 'Kelly/ct', 'Kelly mgn', 'Max DD', 'CAGR', 'Sharpe'],
    ...report.strategies.map((s) => [
      s.name, String(s.trades), money(s.totalPl), pct(s.winRate), money(s.avgWin), money(s.avgLoss), num(s.profitFactor, 3),
      pct(s.kelly), pct(s.kellyPerContract), pct(s.kellyMargin), pct(s.maxDrawdown), pct(s.cagr), num(s.sharpe, 3),
    ]),
  ]);
  const lines = [
    `${fileName}: ${imported.format}, ${imported.accepted} trades accepted, ${imported.rejected} rejected`,
    ...imported.errors.slice(0, 20).map((e) => `  row ${e.row}, ${e.column}: ${e.reason}`),
    ...(imported.errors.length > 20 ? [`  … ${imported.errors.length - 20} more rejected rows (see --json)`] : []),
    '',
    portfolio,
    '',
    strategies,
    ...report.strategies.flatMap((s) => [
      ...(s.ruin ? [`${s.name}: RUINED on ${s.ruin.date} (equity ${money(s.ruin.equity)})`] : []),
      ...nullNotes(s.nullReasons, { winRate: 'Win rate', avgWin: 'Avg win', avgLoss: 'Avg loss', profitFactor: 'PF', kelly: 'Kelly', kellyPerContract: 'Kelly/ct', kellyMargin: 'Kelly mgn', cagr: 'CAGR', sharpe: 'Sharpe' }, s.name),
    ]),
  ];
  if (imported.warnings.length > 0) lines.push('', 'Warnings:', ...imported.warnings.map((w) => `  - ${w}`));
  return lines.join('\n');
}

/** Daily-log rows usable with these trades, plus the warnings explaining what was (not) used. */
async function loadConsistentDaily(path: string, trades: Trade[]): Promise<{ daily?: DailyLogRow[]; warnings: string[]; verdict: DailyLogVerdict }> {
  const dailyImport = await loadDailyLog(path);
  const name = basename(path);
  const warnings = [
    ...dailyImport.warnings.map((w) => `${name}: ${w}`),
    ...dailyImport.rejected.map((r) => `${name} row ${r.row}, ${r.column}: ${r.reason}`),
  ];
  const check = checkDailyAgainstTrades(trades, dailyImport.daily);
  if (check.consistent) return { daily: dailyImport.daily, warnings, verdict: { accepted: true, reason: null, firstDifference: null } };
  warnings.push(...check.problems.map((problem) => `${name}: ${problem}`));
  warnings.push(`${name} does not match the trade log: it was not used for the starting capital or the curve (drawdown, CAGR, Sharpe).`);
  return { warnings, verdict: { accepted: false, reason: check.problems.join(' '), firstDifference: check.firstDifference } };
}

/** `--daily` without a trade log: the portfolio curve figures of core/stats dailyOnlyStats, and what is missing. */
async function runDailyOnly(options: StatsArgs & { daily: string }): Promise<CommandOutput> {
  const dailyImport = await loadDailyLog(options.daily);
  const riskFree: number | RateSeries = options.historicalRiskFree ? await loadRateSeries() : options.riskFreeRate;
  let stats: DailyOnlyStats | null;
  try {
    stats = dailyOnlyStats(dailyImport.daily, riskFree);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`${basename(options.daily)}: ${error.message}`);
    throw error;
  }
  if (stats === null) throw new UsageError(`${basename(options.daily)}: the daily log has no rows`);
  const { curve: _curve, missing, riskFree: riskFreeUsed, ...figures } = stats;
  const json = {
    portfolio: figures,
    strategies: [],
    conventions: { riskFree: riskFreeUsed, startingCapitalSource: 'daily-log', drawdownSource: 'daily-log', dailyLog: { accepted: true, reason: null, firstDifference: null }, missing },
    import: { format: dailyImport.format, accepted: dailyImport.daily.length, rejected: 0, errors: [], warnings: dailyImport.warnings ?? [] },
  };
  const why = stats.nullReasons;
  const text = [
    `${basename(options.daily)}: OptionOmega daily log, ${dailyImport.daily.length} rows (no trade log)`,
    '',
    table([
      ['Portfolio (daily log)', ''],
      ['Period', `${stats.firstDate} .. ${stats.lastDate}`],
      ['Starting capital', `${money(stats.startingCapital)} (daily log: first Net Liquidity − first P/L)`],
      ['Final Net Liquidity', money(stats.finalNetLiquidity)],
      ...(stats.ruin ? [['RUINED', `on ${stats.ruin.date}: Net Liquidity ${money(stats.ruin.equity)} (≤ 0); the curve stops there`]] : []),
      ['CAGR', orWhy(pct(stats.cagr), why.cagr)],
      ['Max drawdown', `${pct(stats.maxDrawdown)} marked-to-market (daily log)`],
      ['Sharpe', orWhy(num(stats.sharpe, 3), why.sharpe)],
      ['Sortino', orWhy(num(stats.sortino, 3), why.sortino)],
      ['Calmar', orWhy(num(stats.calmar, 3), why.calmar)],
      ['Risk-free rate', riskFreeStatement(riskFreeUsed)],
    ]),
    '',
    missing,
    ...((dailyImport.warnings ?? []).length > 0 ? ['', 'Warnings:', ...dailyImport.warnings.map((w) => `  - ${w}`)] : []),
  ];
  return { json, text: text.join('\n') };
}

async function run(args: string[]): Promise<CommandOutput> {
  tierUpLater(); // a short run: skip optimising compiles it would not profit from (cli/short-run-tiering)
  const options = parseStatsArgs(args);
  if (options.tradeLog === null) return runDailyOnly({ ...options, daily: options.daily! });
  const tradeImport = await loadTradeLog(options.tradeLog, options);
  const unknown = (options.filter.strategies ?? []).filter((name) => !tradeImport.trades.some((t) => t.strategy === name));
  if (unknown.length > 0) {
    const names = [...new Set(tradeImport.trades.map((t) => t.strategy))].sort();
    throw new UsageError(`--strategy: no trades for ${unknown.map((n) => `"${n}"`).join(', ')} (strategies: ${names.map((n) => `"${n}"`).join(', ')})`);
  }
  const dailyPart: { daily?: DailyLogRow[]; warnings: string[]; verdict: DailyLogVerdict | null } = options.daily === undefined ? { warnings: [], verdict: null } : await loadConsistentDaily(options.daily, tradeImport.trades);
  const riskFreeSeries: RateSeries | undefined = options.historicalRiskFree ? await loadRateSeries() : undefined;
  const report = computeStats(tradeImport.trades, {
    startingCapital: options.capital,
    riskFreeRate: options.riskFreeRate,
    riskFreeSeries,
    daily: dailyPart.daily,
    filter: options.filter,
  });
  const imported: ImportSummary = {
    format: tradeImport.format,
    accepted: tradeImport.trades.length,
    rejected: tradeImport.rejected.length,
    errors: tradeImport.rejected.map(({ row, column, reason }) => ({ row, column, reason })),
    warnings: [...tradeImport.warnings, ...dailyPart.warnings, ...report.warnings],
  };
  return { json: statsJson(report, imported, dailyPart.verdict), text: statsText(report, imported, basename(options.tradeLog)) };
}

const stats: Command = {
  summary: 'portfolio and per-strategy statistics of a trade log (win rate, CAGR, drawdown, Sharpe, Kelly)',
  usage,
  run,
};

export default stats;
