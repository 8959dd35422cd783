/**
 * Report section: the replay comparison (core/replay) — the compared scenarios' equity
 * curves overlaid, a metrics table (final equity, CAGR, max drawdown, MAR, Sharpe, trades
 * taken and skipped, max contracts, peak margin use), and notes on where the scenarios came
 * from, their constraints, how estimates are made and why trades were skipped.
 */
import { readableRuleSpec, SKIP_REASON_TEXT, SKIP_REASONS, VOL_MIN_DAYS, VOL_WINDOW_DAYS, type ReplaySettings } from '../../replay';
import { decimal, integer, money, percent } from '../cells';
import { riskFreeStatement } from '../../format/conventions';
import { formatNumber } from '../format';
import { nullNotes } from '../null-notes';
import { RECOMMENDATION_SCENARIO, type ReplayComparison, type ScenarioRun } from '../replay-scenarios';
import { defineSection } from '../section';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function sourceNote(replay: ReplayComparison): string {
  const start = `each from ${formatNumber(replay.capital, 'money')} with no constraints`;
  // The Sizing recommendation (first, when replayed) is described by its own note and constraints.
  const own = replay.runs.filter((run) => run.name !== RECOMMENDATION_SCENARIO);
  const recommended = own.length < replay.runs.length ? ` First, the ${RECOMMENDATION_SCENARIO} (the Sizing section's placeable contracts, with its margin ceiling).` : '';
  switch (replay.source) {
    case 'saved':
      return `Scenarios: the ${own.length} replay scenario${own.length === 1 ? '' : 's'} saved in the workspace (a scenario using the log's capital starts from the report's ${formatNumber(replay.capital, 'money')}).${recommended}`;
    case 'rules':
      return `Scenarios: the rules given, ${start}.${recommended}`;
    case 'default':
      return `Scenarios: the default set — ${own.map((run) => `${run.name} (${run.result.rule})`).join(', ')} — ${start}. Save scenarios on the Replay page to compare your own.${recommended}`;
  }
}

/** The constraints of a scenario that differ from the defaults, in words (empty when none). */
function constraintText(settings: ReplaySettings, capital: number, historical: boolean): string[] {
  const parts: string[] = [];
  if (settings.startingCapital !== capital) parts.push(`starting capital ${formatNumber(settings.startingCapital, 'money')}`);
  if (settings.marginCeiling !== null) parts.push(`margin ceiling ${formatNumber(settings.marginCeiling, 'percent')} of equity`);
  if (settings.marginMultiplier !== 1) parts.push(`broker margin × ${formatNumber(settings.marginMultiplier, 'decimal')}`);
  if (settings.maxOpenTrades !== null) parts.push(`at most ${settings.maxOpenTrades} trade${settings.maxOpenTrades === 1 ? '' : 's'} open`);
  if (settings.commissionPerContract !== null) parts.push(`commission ${formatNumber(settings.commissionPerContract, 'money')} per contract replacing the log's fees`);
  if (settings.weekdays.some((on) => !on)) parts.push(`trading on ${WEEKDAYS.filter((_, day) => settings.weekdays[day]).join(', ') || 'no day'}`);
  if (settings.streak) parts.push(`after ${settings.streak.losses} losses in a row size × ${formatNumber(settings.streak.multiplier, 'decimal')} until a win`);
  if (settings.guardrail) {
    const action = settings.guardrail.action === 'stop' ? 'stop opening trades' : `size × ${formatNumber(settings.guardrail.action.multiplier, 'decimal')}`;
    parts.push(`at a drawdown ≥ ${formatNumber(settings.guardrail.drawdown, 'percent')} ${action}`);
  }
  if (settings.riskFreeRate !== 0 && !historical) parts.push(`risk-free rate ${formatNumber(settings.riskFreeRate, 'percent')} for Sharpe`);
  return parts;
}

function estimateText(settings: ReplaySettings): string {
  return settings.estimates === 'full-sample'
    ? 'estimates (average and largest loss per contract, Kelly, optimal f) come from the whole log: look-ahead, later trades size earlier ones'
    : `estimates (average and largest loss per contract, Kelly, optimal f) use only trades closed before each open (no look-ahead), after a warm-up of ${settings.warmupTrades} closed trades; a rule without an estimate yet skips the trade`;
}

/** One line when every scenario estimates alike, else one line per group of scenarios. */
function estimateNotes(runs: ScenarioRun[]): string[] {
  const groups = new Map<string, ScenarioRun[]>();
  for (const run of runs) {
    const text = estimateText(run.settings);
    groups.set(text, [...(groups.get(text) ?? []), run]);
  }
  const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);
  const lines = groups.size === 1 ? [`${capitalised([...groups.keys()][0])}.`] : [...groups].map(([text, group]) => `${group.map((r) => r.name).join(', ')}: ${text}.`);
  if (runs.some((run) => run.result.rule.startsWith('vol-target'))) {
    lines.push(`Volatility target: sd of one contract's daily P/L over the last ${VOL_WINDOW_DAYS} business days before the open (at least ${VOL_MIN_DAYS} days).`);
  }
  return lines;
}

/**
 * The ruin marks of one scenario's curve: scenarios ruined on the same day share one mark, on the
 * first of them ("As logged, 1 contract ruined"), so labels never print over each other.
 */
function ruinMarks(replay: ReplayComparison, name: string): { marks?: { x: string; label: string }[] } {
  const run = replay.runs.find((r) => r.name === name)!;
  const date = run.result.ruin?.date;
  if (date === undefined) return {};
  const sameDay = replay.runs.filter((r) => r.result.ruin?.date === date);
  if (sameDay[0] !== run) return {};
  return { marks: [{ x: date, label: `${sameDay.map((r) => r.name).join(', ')} ruined` }] };
}

function skipNote(run: ScenarioRun): string | null {
  const { result } = run;
  if (result.tradesSkipped === 0) return null;
  const reasons = SKIP_REASONS.filter((reason) => result.skippedByReason[reason] > 0).map((reason) => `${result.skippedByReason[reason]} ${SKIP_REASON_TEXT[reason]}`);
  return `${run.name}: ${result.tradesSkipped} trade${result.tradesSkipped === 1 ? '' : 's'} skipped — ${reasons.join('; ')}.`;
}

function runNotes(replay: ReplayComparison): string[] {
  return replay.runs.flatMap((run) => {
    const constraints = constraintText(run.settings, replay.capital, replay.riskFree !== undefined);
    const skipped = skipNote(run);
    const capped = run.result.cappedByMarginCeiling;
    const { ruin } = run.result;
    return [
      ...(ruin ? [`${run.name}: ruined on ${ruin.date} (equity ${formatNumber(ruin.equity, 'money')}); no trade opened afterwards, trades already open still closed; max drawdown 100%.`] : []),
      ...nullNotes(run.result.nullReasons, { cagr: 'CAGR', mar: 'MAR', sharpe: 'Sharpe' }, run.name),
      ...(constraints.length > 0 ? [`${run.name}: ${constraints.join('; ')}.`] : []),
      ...(skipped ? [skipped] : []),
      ...(capped > 0 ? [`${run.name}: ${capped} trade${capped === 1 ? '' : 's'} cut to fit the margin ceiling (still taken).`] : []),
    ];
  });
}

export const replayComparisonSection = defineSection({
  id: 'replay',
  title: 'Replay comparison',
  description: 'The log re-run under sizing rules: equity curves and metrics side by side',
  isAvailable: (input) => input.replay !== undefined && input.replay.runs.length > 0,
  unavailableReason: (input) => (input.replay === undefined ? 'the replay was not computed for this report' : 'no scenario to compare'),
  build: ({ replay }) => {
    const comparison = replay!;
    return {
      tables: [
        {
          id: 'replay-comparison',
          title: 'Replay metrics by scenario',
          columns: [
            { label: 'Scenario', align: 'left' },
            { label: 'Rule', align: 'left' },
            { label: 'Final equity', align: 'right' },
            { label: 'CAGR', align: 'right' },
            { label: 'Max DD', align: 'right' },
            { label: 'MAR', align: 'right' },
            { label: 'Sharpe', align: 'right' },
            { label: 'Taken', align: 'right' },
            { label: 'Skipped', align: 'right' },
            { label: 'Max contracts', align: 'right' },
            { label: 'Peak margin use', align: 'right' },
          ],
          rows: comparison.runs.map(({ name, result: r }) => [
            name,
            readableRuleSpec(r.rule),
            money(r.finalEquity),
            percent(r.cagr),
            percent(r.maxDrawdown),
            decimal(r.mar),
            decimal(r.sharpe),
            integer(r.tradesTaken),
            integer(r.tradesSkipped),
            integer(r.maxContracts),
            percent(r.peakMarginUse),
          ]),
        },
      ],
      charts:
        comparison.dates.length >= 2
          ? [
              {
                id: 'replay-equity',
                title: 'Equity by scenario (end of day, realized)',
                xAxis: 'date',
                yFormat: 'money',
                series: comparison.runs.map(({ name, result }) => ({
                  name,
                  type: 'line',
                  points: comparison.dates.flatMap((date, day): [string, number][] => (Number.isFinite(result.equity[day]) ? [[date, result.equity[day]]] : [])),
                  ...ruinMarks(comparison, name),
                })),
              },
            ]
          : [],
      notes: [sourceNote(comparison), ...(comparison.riskFree ? [`Sharpe against the statistics' rate: ${riskFreeStatement(comparison.riskFree)}.`] : []), ...estimateNotes(comparison.runs), ...runNotes(comparison), ...comparison.warnings],
    };
  },
  conventions: () => [
    'Replay: trades re-run in open order, each sized at its open from the equity realized so far. Final equity = starting capital + the replayed net P/L of the taken trades; CAGR = (final / start)^(365.25 / calendar days from the first open to the last close) − 1; max drawdown of end-of-day realized equity from its running peak (starting at the starting capital); MAR = CAGR / max drawdown; Sharpe = mean(r − rf) / sd(r − rf, n−1) · √252 of business-day returns, rf = the statistics\' risk-free rate (a fixed annual rate / 252, or each day\'s DTB3 rate / 252).',
    'Replay peak margin use = the peak of (margin of open trades × broker multiplier) ÷ realized equity, at each open; max contracts = the most contracts of one taken trade.',
  ],
});
