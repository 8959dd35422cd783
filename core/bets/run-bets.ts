/**
 * A bets run (issue 12), the one orchestration of the use case:
 * settled bets + today's candidates + options → per-group metrics (group-metrics), scores
 * (score) or group-level Kelly (group-kelly), the run budget (run-budget) split across the
 * groups (bounded-shares, whole-dollars), each candidate sized (size-candidates), and the
 * forced trade when nothing else passes (forced-trade).
 *
 * Conventions:
 * - The as-of day is the log's last date (or `asOf`; later bets are ignored). The window is
 *   the last W settled days of the log (dates with any settled bet, all groups together).
 * - Groups sharing the budget: those with a candidate when candidates are given, else every
 *   group of the log. Others get 0. A candidate's group without settled bets has no score and
 *   gets the minimum share.
 * - 'score' allocation: shares from the scores within [min, max]. 'kelly': share = the
 *   group-level growth-optimal fraction, scaled down when they sum above 1, capped at max;
 *   a group without edge gets 0; what is left stays unallocated.
 * - Kelly bankroll for sizing: the cash when given, else the run budget.
 * - The forced trade's cap is at most the run budget (a $0 run forces nothing).
 * `analyzeBets` returns everything the Bets page will draw; `runBets` the CLI's JSON.
 */
import type { BetCandidate, SettledBet } from '../model';
import { finiteOrNull } from '../numeric/finite';
import { boundedShares } from './bounded-shares';
import { driftHeadline } from './drift-headline';
import { forcedTrade, whyNoBet } from './forced-trade';
import { groupKellyFraction } from './group-kelly';
import { groupMetrics, type GroupMetrics } from './group-metrics';
import { resolveBetsOptions, validateBetsOptions, type BetsAllocation, type BetsOptions, type ResolvedBetsOptions } from './options';
import { money, runBudget, type RunBudget } from './run-budget';
import { groupScore, type GroupScore, type ScoreTermName } from './score';
import { sizeCandidates, type SizedCandidate } from './size-candidates';
import { wholeDollars } from './whole-dollars';

export interface BetsGroup {
  name: string;
  metrics: GroupMetrics;
  score: GroupScore;
  /** Full growth-optimal fraction at group level (group-kelly). */
  groupKelly: number;
  /** Whether the group takes part in this run's split. */
  eligible: boolean;
  /** Fraction of the run budget before whole dollars. */
  share: number;
  /** Whole dollars. */
  budget: number;
  budgetReason: string;
  /** The drift flag in one plain sentence (drift-headline: "Miami has been off by 2.1 lately …"). */
  driftHeadline: string;
}

export interface BetsAnalysis {
  asOf: string | null;
  window: { days: number; from: string; to: string } | null;
  options: ResolvedBetsOptions;
  runBudget: RunBudget;
  allocation: { method: BetsAllocation; unallocated: number; note: string | null };
  groups: BetsGroup[];
  /** Every candidate's decision, in input order. */
  sized: SizedCandidate[];
  /** The bets placed (contracts > 0), the forced one included. */
  tickets: SizedCandidate[];
  forced: boolean;
  messages: string[];
}

/** The CLI's `--json` shape (issue 12), numbers as decimals, null where undefined. */
export interface BetsJson {
  groups: {
    name: string;
    bets: number;
    hitRate: number | null;
    posteriorHitRate: number;
    brier: number | null;
    logLoss: number | null;
    ece: number | null;
    meanPl: number | null;
    plSd: number | null;
    sharpeLike: number | null;
    mae: number | null;
    drift: { flag: boolean; reason: string };
    score: number | null;
    termsUsed: ScoreTermName[];
    budget: number;
  }[];
  runBudget: number;
  tickets: { group: string; market: string; side: 'YES' | 'NO'; contracts: number; stake: number; kelly: number; forced: boolean; reasons: string[] }[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function calendarOf(log: readonly SettledBet[]): string[] {
  const dates = new Set<string>();
  for (const bet of log) dates.add(bet.date);
  return [...dates].sort();
}

/** Throws a RangeError naming the fields when the options are invalid (see validateBetsOptions). */
export function analyzeBets(log: readonly SettledBet[], candidates: readonly BetCandidate[] | null, options: BetsOptions): BetsAnalysis {
  const errors = validateBetsOptions(options);
  if (errors.length > 0) throw new RangeError(errors.map((e) => `${e.field}: ${e.message}`).join(' '));
  const o = resolveBetsOptions(options);
  const bets = o.asOf === null ? log : log.filter((b) => b.date <= (o.asOf as string));
  const calendar = calendarOf(bets);
  const dayOf = new Map(calendar.map((d, i) => [d, i]));
  const asOfIndex = calendar.length - 1;
  const windowStart = Math.max(0, calendar.length - o.window);
  const window = calendar.length > 0 ? { days: o.window, from: calendar[windowStart], to: calendar[asOfIndex] } : null;

  const byGroup = new Map<string, SettledBet[]>();
  for (const bet of bets) {
    const list = byGroup.get(bet.group);
    if (list) list.push(bet);
    else byGroup.set(bet.group, [bet]);
  }
  for (const list of byGroup.values()) {
    for (let i = 1; i < list.length; i++) {
      if (list[i - 1].date > list[i].date) {
        list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        break;
      }
    }
  }
  const hasCandidates = candidates !== null && candidates.length > 0;
  const candidateGroups = new Set((candidates ?? []).map((c) => c.group));
  const names = [...new Set([...byGroup.keys(), ...candidateGroups])].sort((a, b) => a.localeCompare(b));
  const settings = { windowDays: o.window, halfLife: o.halfLife, prior: o.prior, credibleLevel: o.credibleLevel, driftAlpha: o.driftAlpha, minDriftDays: o.minDriftDays, plPriorBets: o.plPriorBets };
  const scoreSettings = { sharpeLow: o.sharpeLow, sharpeHigh: o.sharpeHigh, minCalibrationBets: o.minCalibrationBets };
  const analyses = names.map((name) => {
    const metrics = groupMetrics(name, byGroup.get(name) ?? [], dayOf, windowStart, asOfIndex, settings);
    return { name, metrics, score: groupScore(metrics, scoreSettings), groupKelly: groupKellyFraction(metrics.winReturns, metrics.winWeights, metrics.weightedPosterior.mean) };
  });

  // The run budget and its split.
  const budget = runBudget(o.budget, o.cash, o.balanceFraction);
  const eligible = analyses.map((g) => !hasCandidates || candidateGroups.has(g.name));
  const members = analyses.filter((_, i) => eligible[i]);
  let memberShares: number[];
  let unallocated: number;
  let note: string | null;
  if (o.allocation === 'score') {
    const shares = boundedShares(
      members.map((g) => g.score.score),
      o.min,
      o.max,
    );
    memberShares = shares.fractions;
    unallocated = shares.unallocated;
    note = shares.note;
  } else {
    const total = members.reduce((sum, g) => sum + g.groupKelly, 0);
    const scale = total > 1 ? 1 / total : 1;
    memberShares = members.map((g) => Math.min(o.max, g.groupKelly * scale));
    unallocated = Math.max(0, 1 - memberShares.reduce((sum, s) => sum + s, 0));
    note =
      (total > 1 ? `The group Kelly fractions sum to ${total.toFixed(3)}: scaled down to sum to 1. ` : '') +
      (unallocated > 1e-9 ? `${pct(unallocated)} of the budget stays unallocated (Kelly says less, or the ${pct(o.max)} maximum binds).` : '');
    note = note.trim() || null;
  }
  const dollars = wholeDollars(memberShares.map((s) => s * budget.amount));
  const groups: BetsGroup[] = [];
  let m = 0;
  for (let i = 0; i < analyses.length; i++) {
    const g = analyses[i];
    if (!eligible[i]) {
      groups.push({ ...g, eligible: false, share: 0, budget: 0, budgetReason: 'No candidate in this run.', driftHeadline: driftHeadline(g.name, g.metrics.drift, o.window) });
      continue;
    }
    const share = memberShares[m];
    const reason =
      o.allocation === 'kelly'
        ? `Group Kelly ${g.groupKelly.toFixed(4)} → ${pct(share)} of the run budget.`
        : g.score.score === null
          ? `No settled bets in the window: the minimum ${pct(o.min)}.`
          : `Score ${g.score.score.toFixed(4)} → ${pct(share)} of the run budget (bounds ${pct(o.min)}–${pct(o.max)}).`;
    groups.push({ ...g, eligible: true, share, budget: dollars[m], budgetReason: reason, driftHeadline: driftHeadline(g.name, g.metrics.drift, o.window) });
    m++;
  }

  // Sizing and the forced trade.
  const messages = [budget.text];
  if (note) messages.push(note);
  for (const g of groups) if (g.metrics.drift.flag) messages.push(`Drift in ${g.name}: ${g.metrics.drift.reason}`);
  const budgets = new Map(groups.map((g) => [g.name, g.budget]));
  const bankroll = o.cash ?? budget.amount;
  const sized = hasCandidates
    ? sizeCandidates(candidates as BetCandidate[], budgets, { bankroll, bankrollLabel: o.cash !== null ? 'cash' : 'run budget', kellyFraction: o.kellyFraction, perBetCap: o.perBetCap, feePerContract: o.feePerContract })
    : [];
  let tickets = sized.filter((c) => c.contracts > 0);
  let forced = false;
  if (!hasCandidates) messages.push(candidates === null ? 'No candidates given: budgets only, no tickets.' : 'No candidates for this run: nothing placed.');
  else if (tickets.length === 0) {
    const forceCap = Math.min(o.forceCap, budget.amount);
    if (o.forceCap > 0 && !(forceCap > 0)) messages.push(`Nothing placed: ${whyNoBet(sized)}; the run budget is ${money(budget.amount)}, so no bet is forced.`);
    else if (o.forceCap > 0) {
      const outcome = forcedTrade(sized, forceCap);
      if (outcome.ticket) {
        sized[outcome.index] = outcome.ticket;
        tickets = [outcome.ticket];
        forced = true;
        messages.push(`No regular bet passed; one forced bet of ${money(outcome.ticket.stake)} on ${outcome.ticket.candidate.market || outcome.ticket.candidate.group} (${outcome.ticket.candidate.side}).`);
      } else messages.push(`Nothing placed: ${outcome.reason}`);
    } else messages.push(`Nothing placed: ${whyNoBet(sized)} (the forced trade is off).`);
  }
  return {
    asOf: window?.to ?? null,
    window,
    options: o,
    runBudget: budget,
    allocation: { method: o.allocation, unallocated, note },
    groups,
    sized,
    tickets,
    forced,
    messages,
  };
}

/** The CLI's JSON from an analysis. */
export function toBetsJson(analysis: BetsAnalysis): BetsJson {
  return {
    groups: analysis.groups.map((g) => ({
      name: g.name,
      bets: g.metrics.bets,
      hitRate: finiteOrNull(g.metrics.hitRate),
      posteriorHitRate: g.metrics.weightedPosterior.mean,
      brier: finiteOrNull(g.metrics.brier?.brier ?? null),
      logLoss: finiteOrNull(g.metrics.logLoss),
      ece: finiteOrNull(g.metrics.calibration?.ece ?? null),
      meanPl: finiteOrNull(g.metrics.meanPl),
      plSd: finiteOrNull(g.metrics.plSd),
      sharpeLike: finiteOrNull(g.metrics.sharpeLike),
      mae: finiteOrNull(g.metrics.mae),
      drift: { flag: g.metrics.drift.flag, reason: g.metrics.drift.reason },
      score: finiteOrNull(g.score.score),
      termsUsed: g.score.termsUsed,
      budget: g.budget,
    })),
    runBudget: analysis.runBudget.amount,
    tickets: analysis.tickets.map((t) => ({
      group: t.candidate.group,
      market: t.candidate.market,
      side: t.candidate.side,
      contracts: t.contracts,
      stake: t.stake,
      kelly: t.kelly as number,
      forced: t.forced,
      reasons: t.reasons,
    })),
  };
}

/** `sizewise bets … --json`: the analysis in the CLI's JSON shape. */
export function runBets(log: readonly SettledBet[], candidates: readonly BetCandidate[] | null, options: BetsOptions): BetsJson {
  return toBetsJson(analyzeBets(log, candidates, options));
}
