/**
 * `sizewise bets <bet log> [options] [--json]` — prediction-market bets (issue 12): per-group
 * calibration and edge over a rolling window, the run budget split across groups, today's
 * candidates sized with binary-contract Kelly, and the forced trade when nothing else passes.
 * Through core/app betsRunFromFiles (a CSV) or storedBetsRun (a workspace's stored bet log, as
 * the Bets page), the same use case as the app; `--json` prints the issue's
 * shape (core/bets toBetsJson). A bet log or candidates file with any bad row is refused as a
 * whole, the message naming row, column and reason.
 */
import { basename } from 'node:path';
import { betsRunFromFiles, storedBetsRun } from '../../core/app';
import { importBetCandidates } from '../../core/import';
import { isWorkspaceBytes, loadWorkspaceBets } from '../load-input';
import { BETS_DEFAULTS, BETS_DEFAULT_BUDGET, BETS_DEFAULT_CASH, type BetsAnalysis, type BetsJson, type BetsOptions } from '../../core/bets';
import { type Command, UsageError } from '../command';
import { choiceFlag, FRACTION, MAX_AMOUNT, NON_NEGATIVE, NUMBER_HELP, numberFlag, parseCommandArgs, singleInput, type NumberBounds } from '../args';
import { money, num, pct, table } from '../output';
import { readHead, readInput } from '../read-input';

/** Defaults of the run budget when neither --budget nor --cash is given (the issue's example). */
export const DEFAULT_BUDGET = BETS_DEFAULT_BUDGET;
export const DEFAULT_CASH = BETS_DEFAULT_CASH;
/** Longest window and half-life the CLI takes: ten years of settled days. */
export const MAX_DAYS = 3650;

const WINDOW: NumberBounds = { min: 1, max: MAX_DAYS, integer: true };
const HALF_LIFE: NumberBounds = { min: 0, exclusiveMin: true, max: MAX_DAYS };
const POSITIVE_FRACTION: NumberBounds = { min: 0, exclusiveMin: true, max: 1 };
const POSITIVE_AMOUNT: NumberBounds = { min: 0, exclusiveMin: true, max: MAX_AMOUNT };

const usage = `usage: sizewise bets <bet log.csv | workspace.sizewise> [options] [--json]
  Bet log header: date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error
  (a workspace: its stored bet log, as the app's Bets page computes it)
  (exchange exports are guessed; a price column in cents is detected). Any bad row refuses the file.
  --window N              rolling window in settled days, whole number 1–${MAX_DAYS} (default ${BETS_DEFAULTS.window})
  --halflife H            EWMA half-life in settled days, > 0 and ≤ ${MAX_DAYS} (default ${BETS_DEFAULTS.halfLife})
  --prior 1|2             Beta prior a = b: 1 uniform, 2 conservative (default ${BETS_DEFAULTS.prior})
  --budget B              run budget cap in dollars, 0–1e15 (default ${DEFAULT_BUDGET} when neither --budget nor --cash is given)
  --cash C                available cash in dollars, 0–1e15; also the Kelly bankroll (default ${DEFAULT_CASH} when neither is given)
  --balance-fraction F    share of the cash a run may use, > 0 and ≤ 1 (default ${BETS_DEFAULTS.balanceFraction});
                          run budget = min(budget, F × cash)
  --min F                 minimum share of the run budget per group, 0–1 (default ${BETS_DEFAULTS.min})
  --max F                 maximum share of the run budget per group, > 0 and ≤ 1, not below --min (default ${BETS_DEFAULTS.max})
  --allocation score|kelly  split by each group's score (docs/conventions.md, Bets: Score), or by group-level Kelly (default ${BETS_DEFAULTS.allocation})
  --candidates FILE       today's candidates: group,market,side,p_model,price,available_contracts
                          (default none: budgets only, no tickets)
  --kelly-fraction K      fraction of full Kelly per bet, 0–1 (default ${BETS_DEFAULTS.kellyFraction})
  --per-bet-cap D         dollar cap per bet, > 0 and ≤ 1e15 (default none)
  --force-cap D           dollar cap of the forced bet placed when nothing else passes, 0–1e15;
                          0 turns the forced trade off (default ${BETS_DEFAULTS.forceCap})
JSON: { groups: [ { name, bets, hitRate, posteriorHitRate, brier, logLoss, ece, meanPl, plSd,
        sharpeLike, mae, drift: { flag, reason }, score, termsUsed: [...], budget } ], runBudget,
        tickets: [ { group, market, side, contracts, stake, kelly, forced, reasons: [...] } ],
        warnings: [...] }  (import warnings, e.g. a price column read in cents)
        (null where a metric has no data: mae without forecast errors)
${NUMBER_HELP}`;

/** The text output: run budget, group table, drift reasons, tickets with reasons, messages. */
export function betsText(analysis: BetsAnalysis, json: BetsJson, warnings: readonly string[]): string {
  const groupRows: (string | number)[][] = [['Group', 'Bets', 'Hit', 'Posterior (90% CI)', 'Brier', 'Log loss', 'ECE', 'Mean P/L', 'P/L sd', 'Sharpe', 'MAE', 'Drift', 'Score', 'Terms', 'Budget']];
  json.groups.forEach((g, i) => {
    const post = analysis.groups[i].metrics.weightedPosterior;
    groupRows.push([
      g.name,
      g.bets,
      pct(g.hitRate, 1),
      `${pct(g.posteriorHitRate, 1)} (${pct(post.lower, 1)}–${pct(post.upper, 1)})`,
      num(g.brier, 4),
      num(g.logLoss, 4),
      num(g.ece, 4),
      num(g.meanPl),
      num(g.plSd),
      num(g.sharpeLike, 3),
      num(g.mae),
      g.drift.flag ? 'DRIFT' : 'no',
      num(g.score, 4),
      g.termsUsed.join(', ') || '—',
      `$${g.budget}`,
    ]);
  });
  const lines = [
    `As of ${analysis.asOf ?? '—'}${analysis.window ? `; window ${analysis.window.days} settled days (${analysis.window.from} to ${analysis.window.to})` : ''}; allocation: ${analysis.allocation.method}`,
    analysis.runBudget.text,
    '',
    table(groupRows),
    '',
    'Budget and drift per group:',
    ...analysis.groups.map((g) => `  ${g.name}: ${g.budgetReason} ${g.driftHeadline} Drift test: ${g.metrics.drift.reason}`),
    '',
  ];
  if (json.tickets.length === 0) lines.push('Tickets: none.');
  else {
    const ticketRows: (string | number)[][] = [['Group', 'Market', 'Side', 'Contracts', 'Stake', 'Kelly', 'Forced']];
    for (const t of json.tickets) ticketRows.push([t.group, t.market || '—', t.side, t.contracts, `$${money(t.stake)}`, num(t.kelly, 4), t.forced ? 'FORCED' : '']);
    lines.push(`Tickets (${json.tickets.length}):`, table(ticketRows), '', 'Why each size:');
    for (const t of json.tickets) {
      lines.push(`  ${t.forced ? '[FORCED] ' : ''}${t.group} ${t.market || ''} ${t.side}: ${t.contracts} contracts, $${money(t.stake)}`);
      for (const reason of t.reasons) lines.push(`    - ${reason}`);
    }
  }
  lines.push('', 'Notes:', ...analysis.messages.map((m) => `  - ${m}`));
  if (warnings.length > 0) lines.push('', 'Warnings:', ...warnings.map((w) => `  - ${w}`));
  return lines.join('\n');
}

/** The flags as core/bets options (each number within its bounds, else a UsageError naming it). */
export function betsOptions(values: Record<string, string | undefined>): BetsOptions {
  const flag = (name: string, bounds: NumberBounds) => (values[name] === undefined ? undefined : numberFlag(`--${name}`, values[name] as string, bounds));
  const budget = flag('budget', NON_NEGATIVE);
  const cash = flag('cash', NON_NEGATIVE);
  const prior = choiceFlag('--prior', values.prior, ['1', '2'] as const);
  const neither = budget === undefined && cash === undefined;
  return {
    window: flag('window', WINDOW),
    halfLife: flag('halflife', HALF_LIFE),
    prior: prior === undefined ? undefined : (Number(prior) as 1 | 2),
    budget: neither ? DEFAULT_BUDGET : (budget ?? null),
    cash: neither ? DEFAULT_CASH : (cash ?? null),
    balanceFraction: flag('balance-fraction', POSITIVE_FRACTION),
    min: flag('min', FRACTION),
    max: flag('max', POSITIVE_FRACTION),
    allocation: choiceFlag('--allocation', values.allocation, ['score', 'kelly'] as const),
    kellyFraction: flag('kelly-fraction', FRACTION),
    perBetCap: flag('per-bet-cap', POSITIVE_AMOUNT) ?? null,
    forceCap: flag('force-cap', NON_NEGATIVE),
  };
}

const command: Command = {
  summary: 'prediction-market bets: per-group calibration and drift, budget split across groups, sizing, forced trade',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs('bets', args, {
      window: { type: 'string' },
      halflife: { type: 'string' },
      prior: { type: 'string' },
      budget: { type: 'string' },
      cash: { type: 'string' },
      'balance-fraction': { type: 'string' },
      min: { type: 'string' },
      max: { type: 'string' },
      allocation: { type: 'string' },
      candidates: { type: 'string' },
      'kelly-fraction': { type: 'string' },
      'per-bet-cap': { type: 'string' },
      'force-cap': { type: 'string' },
    });
    const logPath = singleInput('bets', positionals, { placeholder: '<bet log.csv>', noun: 'bet log' });
    const options = betsOptions(values);
    if (options.min !== undefined && options.max !== undefined && options.min > options.max) throw new UsageError(`bets: --max ${values.max} is below --min ${values.min}`);
    const candidates = values.candidates === undefined ? null : { name: basename(values.candidates), bytes: await readInput(values.candidates) };
    let outcome;
    if (isWorkspaceBytes(await readHead(logPath, 16))) {
      // A workspace: its stored bet log, as the Bets page computes it.
      const stored = await loadWorkspaceBets(logPath);
      const list = candidates === null ? null : await importBetCandidates(candidates.name, candidates.bytes);
      outcome = storedBetsRun(stored.bets, stored.warnings, list, options);
    } else outcome = await betsRunFromFiles({ name: basename(logPath), bytes: await readInput(logPath) }, candidates, options);
    if (!outcome.ok) throw new UsageError(`bets: ${outcome.message}`);
    return { json: { ...outcome.json, warnings: outcome.warnings }, text: betsText(outcome.analysis, outcome.json, outcome.warnings) };
  },
};

export default command;
