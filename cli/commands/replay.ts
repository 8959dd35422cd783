/**
 * `sizewise replay` — re-runs a trade log under up to 8 sizing rules and constraints
 * (core/replay) and prints each scenario's final equity, CAGR, drawdown, Sharpe, trades
 * taken and skipped by reason, max contracts and peak margin use.
 */
import {
  defaultReplaySettings,
  parseGuardrail,
  parseStreak,
  parseWeekdays,
  prepareReplayInput,
  runReplay,
  RULE_SPEC_HELP,
  type ReplaySettings,
  type ScenarioResult,
  type SizingRule,
  SKIP_REASON_TEXT,
  SKIP_REASONS,
  withRiskFree,
} from '../../core/replay';
import { resolveStartingCapital } from '../../core/stats';
import { type Command, type CommandOutput, UsageError } from '../command';
import { loadRateSeries, loadTradeLog, type TradeLogMapping } from '../load-input';
import { choiceFlag, GENERIC_CSV_OPTIONS, mappingOptions, NUMBER_HELP, numberFlag, parseCommandArgs, POSITIVE, required, singleInput } from '../args';
import { ruleFlag } from '../rule-flag';
import { RECOMMENDED, RECOMMENDED_HELP, recommendedRule } from '../recommended-rule';
import type { Recommendation } from '../../core/app';
import { nullNotes } from '../../core/report/null-notes';
import { riskFreeStatement } from '../../core/format/conventions';
import { money, num, pct, table } from '../output';

const MAX_SCENARIOS = 8;
const MAX_MARGIN_MULTIPLE = 100;
const MAX_OPEN_TRADES = 100_000;
const MAX_COMMISSION = 1_000_000;
const MAX_WARMUP = 1_000_000;

const usage = `usage: sizewise replay <tradelog.csv> --rule <spec> [--rule <spec> ...] [options] [--json]
  --rule SPEC            ${RULE_SPEC_HELP}; up to ${MAX_SCENARIOS}
                         or ${RECOMMENDED_HELP}, at --capital and --margin-multiplier
  --capital N            starting capital, > 0 and ≤ 1e15 (default: Funds at Close − P/L of the first trade to close, else 100,000)
  --margin-ceiling F     max margin of open trades as a fraction of equity (0.5 = 50%), > 0 and ≤ ${MAX_MARGIN_MULTIPLE}
  --margin-multiplier M  broker margin ÷ the log's margin, > 0 and ≤ ${MAX_MARGIN_MULTIPLE} (default 1)
  --max-open N           max trades open at once, 1–${MAX_OPEN_TRADES.toLocaleString('en-US')}
  --commission X         commission per contract per trade, replacing the log's fees, 0–${MAX_COMMISSION.toLocaleString('en-US')}
  --days mon,tue,...     weekdays (of the open date) to trade; default every day
  --streak K:m           after K consecutive losses multiply size by m until a win
  --guardrail X:m|X:stop at a drawdown ≥ X multiply size by m, or stop opening trades
  --estimates W          trailing (default: only trades closed before each open) or full-sample (look-ahead)
  --warmup N             closed trades a trailing estimate needs first, 0–${MAX_WARMUP.toLocaleString('en-US')} (default 20)
  --risk-free R          annual risk-free rate for Sharpe, decimal between -1 and 1 (default 0),
                         or "historical": each day's 3-month T-bill rate (FRED DTB3, bundled), as sizewise stats
  --map, --date-format   column mapping and date format of a generic CSV (see sizewise stats --help)
  --json                 { scenarios: [{ rule, finalEquity, cagr, maxDrawdown, mar, sharpe, ruin, nullReasons,
                           tradesTaken, tradesSkipped, skippedByReason, maxContracts, peakMarginUse }],
                           startingCapital, warnings } (ruin: { date, equity } once equity ≤ 0, else null);
                           with --rule recommended also recommendation: { contracts, statement }
${NUMBER_HELP}`;

export interface ReplayArgs extends TradeLogMapping {
  tradeLog: string;
  /** 'recommended' is resolved against the log (./recommended-rule) once it is loaded. */
  rules: (SizingRule | typeof RECOMMENDED)[];
  capital?: number;
  settings: Omit<ReplaySettings, 'startingCapital'>;
  /** `--risk-free historical`: the DTB3 series replaces the fixed rate for Sharpe. */
  historicalRiskFree: boolean;
}

export function parseReplayArgs(args: string[]): ReplayArgs {
  const { values: v, positionals } = parseCommandArgs('replay', args, {
    rule: { type: 'string', multiple: true },
    capital: { type: 'string' },
    'margin-ceiling': { type: 'string' },
    'margin-multiplier': { type: 'string' },
    'max-open': { type: 'string' },
    commission: { type: 'string' },
    days: { type: 'string' },
    streak: { type: 'string' },
    guardrail: { type: 'string' },
    estimates: { type: 'string' },
    warmup: { type: 'string' },
    'risk-free': { type: 'string' },
    ...GENERIC_CSV_OPTIONS,
  });
  const tradeLog = singleInput('replay', positionals);
  const specs = v.rule ?? [];
  if (specs.length === 0) throw new UsageError(`replay: give at least one --rule (${RULE_SPEC_HELP})`);
  if (specs.length > MAX_SCENARIOS) throw new UsageError(`replay: at most ${MAX_SCENARIOS} --rule scenarios, got ${specs.length}`);
  const estimates = choiceFlag<ReplaySettings['estimates']>('--estimates', v.estimates, ['trailing', 'full-sample'], 'trailing');
  const { startingCapital: _, ...defaults } = defaultReplaySettings(1);
  return {
    tradeLog,
    rules: specs.map((spec) => (spec.trim().toLowerCase() === RECOMMENDED ? RECOMMENDED : ruleFlag(spec))),
    capital: v.capital === undefined ? undefined : numberFlag('--capital', v.capital, POSITIVE),
    settings: {
      ...defaults,
      marginCeiling: v['margin-ceiling'] === undefined ? null : numberFlag('--margin-ceiling', v['margin-ceiling'], { min: 0, exclusiveMin: true, max: MAX_MARGIN_MULTIPLE }),
      marginMultiplier: v['margin-multiplier'] === undefined ? 1 : numberFlag('--margin-multiplier', v['margin-multiplier'], { min: 0, exclusiveMin: true, max: MAX_MARGIN_MULTIPLE }),
      maxOpenTrades: v['max-open'] === undefined ? null : numberFlag('--max-open', v['max-open'], { min: 1, max: MAX_OPEN_TRADES, integer: true }),
      commissionPerContract: v.commission === undefined ? null : numberFlag('--commission', v.commission, { min: 0, max: MAX_COMMISSION }),
      weekdays: v.days === undefined ? defaults.weekdays : required(parseWeekdays(v.days)),
      streak: v.streak === undefined ? null : required(parseStreak(v.streak)),
      guardrail: v.guardrail === undefined ? null : required(parseGuardrail(v.guardrail)),
      estimates,
      warmupTrades: v.warmup === undefined ? defaults.warmupTrades : numberFlag('--warmup', v.warmup, { min: 0, max: MAX_WARMUP, integer: true }),
      riskFreeRate: v['risk-free'] === undefined || v['risk-free'] === 'historical' ? 0 : numberFlag('--risk-free', v['risk-free'], { min: -1, max: 1 }),
    },
    historicalRiskFree: v['risk-free'] === 'historical',
    ...mappingOptions(v),
  };
}

function scenarioJson(r: ScenarioResult) {
  return {
    rule: r.rule,
    finalEquity: r.finalEquity,
    cagr: r.cagr,
    maxDrawdown: r.maxDrawdown,
    mar: r.mar,
    sharpe: r.sharpe,
    ruin: r.ruin,
    nullReasons: r.nullReasons,
    tradesTaken: r.tradesTaken,
    tradesSkipped: r.tradesSkipped,
    skippedByReason: r.skippedByReason,
    maxContracts: r.maxContracts,
    peakMarginUse: r.peakMarginUse,
  };
}

function text(results: ScenarioResult[], startingCapital: number, warnings: string[]): string {
  const rows: (string | number)[][] = [['rule', 'final equity', 'CAGR', 'max DD', 'MAR', 'Sharpe', 'taken', 'skipped', 'max contracts', 'peak margin']];
  for (const r of results) rows.push([r.rule, money(r.finalEquity), pct(r.cagr), pct(r.maxDrawdown), num(r.mar), num(r.sharpe), r.tradesTaken, r.tradesSkipped, r.maxContracts, pct(r.peakMarginUse, 1)]);
  const lines = [`Replay from a starting capital of ${money(startingCapital)}`, table(rows)];
  for (const r of results) {
    const reasons = SKIP_REASONS.filter((reason) => r.skippedByReason[reason] > 0).map((reason) => `${r.skippedByReason[reason]} ${SKIP_REASON_TEXT[reason]}`);
    if (reasons.length > 0) lines.push(`${r.rule} skipped: ${reasons.join(', ')}`);
    if (r.ruin) lines.push(`${r.rule}: RUINED on ${r.ruin.date} (equity ${money(r.ruin.equity)}); no trade opened afterwards`);
    lines.push(...nullNotes(r.nullReasons, { cagr: 'CAGR', mar: 'MAR', sharpe: 'Sharpe' }, r.rule));
  }
  lines.push(...warnings.map((w) => `warning: ${w}`));
  lines.push('Equity is realized at each close; CAGR over calendar days first open → last close; Sharpe on business-day returns (√252); peak margin = open margin ÷ equity.');
  return lines.join('\n');
}

const command: Command = {
  summary: 'replay a trade log under sizing rules and constraints',
  usage,
  async run(args: string[]): Promise<CommandOutput> {
    const parsed = parseReplayArgs(args);
    const log = await loadTradeLog(parsed.tradeLog, parsed);
    const closed = log.trades.filter((t) => t.dateClosed !== null);
    const capital = resolveStartingCapital(closed, { override: parsed.capital });
    const input = withRiskFree(prepareReplayInput(log.trades), parsed.historicalRiskFree ? await loadRateSeries() : 0);
    if (input.count === 0) throw new UsageError(`${parsed.tradeLog}: no closed trades to replay`);
    const settings = { ...parsed.settings, startingCapital: capital.value };
    const recommendation: Recommendation | null = parsed.rules.includes(RECOMMENDED) ? recommendedRule('replay', log.trades, capital.value, settings.marginMultiplier) : null;
    // The recommendation's scenario is labelled "recommended" (its contracts are in the JSON and the statement).
    const results = runReplay(input, parsed.rules.map((rule) => ({ rule: rule === RECOMMENDED ? recommendation!.rule : rule, settings }))).map((r, k) =>
      parsed.rules[k] === RECOMMENDED ? { ...r, rule: RECOMMENDED } : r,
    );
    const warnings = [...log.warnings, ...input.warnings, ...capital.warnings, ...results.flatMap((r) => r.warnings.map((w) => `${r.rule}: ${w}`))];
    return {
      json: {
        scenarios: results.map(scenarioJson),
        startingCapital: capital.value,
        warnings,
        ...(input.riskFree ? { riskFree: input.riskFree.used } : {}),
        ...(recommendation ? { recommendation: { contracts: recommendation.rule.contracts, statement: recommendation.statement } } : {}),
      },
      text:
        text(results, capital.value, warnings) +
        (input.riskFree ? `\nSharpe: ${riskFreeStatement(input.riskFree.used)}.` : '') +
        (recommendation ? `\nRecommended: ${recommendation.statement} (the replay applies its own constraints above, not the Sizing page's caps).` : ''),
    };
  },
};

export default command;
