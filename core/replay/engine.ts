/**
 * The replay engine: re-runs a log's trades in open order under one sizing rule and its
 * constraints. Opens and closes are events in time order (a close at the same second as an
 * open comes first); each trade is sized at its open from the equity realized so far, and
 * its P/L is realized at its close. One pass, typed arrays, no per-trade allocation.
 * Equity at or below 0 after a close is ruin (SPEC §2): nothing opens afterwards. A P/L that
 * would take equity beyond the largest double is refused with a RangeError naming the trade.
 */
import { contractsForRule, type RuleSizingContext } from './contracts-for-rule';
import { curveMetrics } from './curve-metrics';
import { RunningEstimates } from './estimates';
import { formatRuleSpec } from './rule-spec';
import { trailingDailyVolatility } from './trailing-vol';
import { type ReplayInput, type ReplayScenario, type ScenarioResult, SKIP_REASONS, type SkipReason } from './types';

/** Tolerance when flooring sizes, so 0.05 · 100000 / 500 gives 10 contracts, not 9. */
const FLOOR_TOLERANCE = 1e-9;
/** Above 2^53 whole contract counts are no longer exact doubles: such a size (a risk per contract near 0) is refused. */
export const MAX_REPLAY_CONTRACTS = Number.MAX_SAFE_INTEGER;

const reasonCode = Object.fromEntries(SKIP_REASONS.map((reason, i) => [reason, i])) as Record<SkipReason, number>;
const TAKEN = -1;

export function runScenario(input: ReplayInput, scenario: ReplayScenario): ScenarioResult {
  const { rule, settings } = scenario;
  const n = input.count;
  const days = input.dates.length;
  const start = settings.startingCapital;
  const override = settings.commissionPerContract;
  const multiplier = settings.marginMultiplier;
  const ceiling = settings.marginCeiling;
  const maxOpen = settings.maxOpenTrades ?? Infinity;
  const trailing = settings.estimates === 'trailing';
  const streak = settings.streak;
  const guardrail = settings.guardrail;
  const guardStop = guardrail !== null && guardrail.action === 'stop';
  const guardMultiplier = guardrail !== null && guardrail.action !== 'stop' ? guardrail.action.multiplier : 1;
  const weekdayAllowed = settings.weekdays;

  const netPerContract = new Float64Array(n);
  for (let i = 0; i < n; i++) netPerContract[i] = override === null ? input.pl[i] / input.logContracts[i] : input.grossPerContract[i] - override;

  const estimates = new RunningEstimates(n);
  if (!trailing) for (let i = 0; i < n; i++) estimates.add(netPerContract[i]);

  const volatility = rule.kind === 'vol-target' ? trailingDailyVolatility(input, netPerContract) : null;

  // Float64, not Int32: a compounding replay can size beyond 2^31 − 1 contracts (integers stay exact to 2^53).
  const contracts = new Float64Array(n);
  const tradePl = new Float64Array(n);
  const equityAfterClose = new Float64Array(n);
  const marginUsed = new Float64Array(n);
  const skipReason = new Int8Array(n).fill(TAKEN);
  const skipped = new Int32Array(SKIP_REASONS.length);
  const equityCurve = new Float64Array(days);

  let equity = start;
  let peak = start;
  let openMargin = 0;
  let openCount = 0;
  let lossRun = 0;
  let taken = 0;
  let capped = 0;
  /** Trades taken under a margin ceiling without margin data: the ceiling could not check them. */
  let unchecked = 0;
  let maxContracts = 0;
  let peakMargin = 0;
  let peakMarginUse = 0;
  let day = 0;
  /** Business-day index of the close that first left equity at or below 0 (−1 = not ruined), and that equity. */
  let ruinDay = -1;
  let ruinEquity = 0;

  const sizing: RuleSizingContext = {
    logContracts: (i) => input.logContracts[i],
    strategyName: (i) => input.strategies[input.strategy[i]],
    marginPerContract: (i) => input.marginPerContract[i] * multiplier,
    averageLoss: () => estimates.averageLoss(),
    largestLoss: () => estimates.largestLoss,
    kelly: () => estimates.kelly(),
    optimalF: () => estimates.optimalF(),
    volatility: (i) => volatility![i],
  };

  /** Contracts before multipliers and flooring, or a skip reason code (./contracts-for-rule). */
  const rawSize = (i: number): number => {
    if (trailing && rule.kind !== 'fixed' && rule.kind !== 'per-strategy' && rule.kind !== 'log' && rule.kind !== 'vol-target') {
      const needsSample = rule.kind === 'kelly' || rule.kind === 'optimal-f' || rule.basis !== 'margin';
      if (needsSample && estimates.count < settings.warmupTrades) return -1 - reasonCode['no-estimate'];
    }
    return contractsForRule(rule, equity, i, sizing);
  };

  const open = (i: number): void => {
    let reason = -1;
    let size = 0;
    if (!weekdayAllowed[input.openWeekday[i]]) reason = reasonCode.weekday;
    else if (ruinDay >= 0 || equity <= 0) reason = reasonCode.ruined;
    else if (openCount >= maxOpen) reason = reasonCode['max-open'];
    else {
      const drawdown = (peak - equity) / peak;
      const inGuardrail = guardrail !== null && drawdown >= guardrail.drawdown;
      if (inGuardrail && guardStop) reason = reasonCode.guardrail;
      else {
        const raw = rawSize(i);
        if (raw < 0) reason = -1 - raw;
        else if (!(raw <= MAX_REPLAY_CONTRACTS)) reason = reasonCode['size-too-large'];
        else {
          // A size below one contract is blamed on the first step that took it there: the rule, the streak, the guardrail.
          const afterStreak = streak !== null && lossRun >= streak.losses ? raw * streak.multiplier : raw;
          const scaled = inGuardrail ? afterStreak * guardMultiplier : afterStreak;
          size = Math.floor(scaled + FLOOR_TOLERANCE);
          if (size < 1) {
            if (Math.floor(raw + FLOOR_TOLERANCE) < 1) reason = reasonCode['below-one-contract'];
            else reason = Math.floor(afterStreak + FLOOR_TOLERANCE) < 1 ? reasonCode.streak : reasonCode.guardrail;
          }
        }
      }
    }
    const margin = input.marginPerContract[i] * multiplier;
    if (reason < 0 && ceiling !== null && !(margin > 0)) unchecked++;
    if (reason < 0 && ceiling !== null && margin > 0) {
      const room = Math.floor((ceiling * equity - openMargin) / margin + FLOOR_TOLERANCE);
      if (room < size) {
        if (room < 1) reason = reasonCode['margin-ceiling'];
        else {
          size = room;
          capped++;
        }
      }
    }
    if (reason >= 0) {
      skipReason[i] = reason;
      skipped[reason]++;
      return;
    }
    contracts[i] = size;
    taken++;
    openCount++;
    if (size > maxContracts) maxContracts = size;
    if (margin > 0) {
      marginUsed[i] = size * margin;
      openMargin += marginUsed[i];
      if (openMargin > peakMargin) peakMargin = openMargin;
      if (openMargin / equity > peakMarginUse) peakMarginUse = openMargin / equity;
    }
  };

  const close = (j: number): void => {
    while (day < input.closeDay[j]) equityCurve[day++] = equity;
    if (trailing) estimates.add(netPerContract[j]);
    const size = contracts[j];
    if (size > 0) {
      const pl = override === null ? input.pl[j] * (size / input.logContracts[j]) : size * netPerContract[j];
      if (!Number.isFinite(equity + pl)) {
        const opened = new Date(Math.floor(input.openTime[j] / 86400) * 86_400_000).toISOString().slice(0, 10);
        throw new RangeError(`Replay ${formatRuleSpec(rule)}: the trade opened ${opened} at ${size} contracts takes equity beyond ±1.8e308, which no number can hold; check the P/L column.`);
      }
      tradePl[j] = pl;
      equity += pl;
      if (equity > peak) peak = equity;
      if (equity <= 0 && ruinDay < 0) {
        ruinDay = input.closeDay[j];
        ruinEquity = equity;
      }
      openCount--;
      openMargin = openCount === 0 ? 0 : openMargin - marginUsed[j];
    }
    // The streak follows the strategy's outcomes, taken or not, so a size cut below one contract cannot freeze it.
    if (netPerContract[j] < 0) lossRun++;
    else if (netPerContract[j] > 0) lossRun = 0;
    equityAfterClose[j] = equity;
  };

  let o = 0;
  for (let c = 0; c < n; c++) {
    const j = input.closeOrder[c];
    while (o < n && (o <= j || input.openTime[o] < input.closeTime[j])) open(o++);
    close(j);
  }
  while (day < days) equityCurve[day++] = equity;

  const ruin = ruinDay < 0 ? null : { date: input.dates[ruinDay], equity: ruinEquity, day: ruinDay };
  const metrics = curveMetrics(equityCurve, start, equity, input.spanDays, input.riskFree?.daily ?? settings.riskFreeRate, ruin);
  const skippedByReason = Object.fromEntries(SKIP_REASONS.map((reason, k) => [reason, skipped[k]])) as Record<SkipReason, number>;
  return {
    rule: formatRuleSpec(rule),
    equity: equityCurve,
    drawdown: metrics.drawdown,
    finalEquity: equity,
    cagr: metrics.cagr,
    maxDrawdown: metrics.maxDrawdown,
    mar: metrics.mar,
    sharpe: metrics.sharpe,
    tradesTaken: taken,
    tradesSkipped: n - taken,
    skippedByReason,
    cappedByMarginCeiling: capped,
    maxContracts,
    peakMarginUse,
    peakMargin,
    contracts,
    tradePl,
    equityAfterClose,
    skipReason,
    ruin: ruin === null ? null : { date: ruin.date, equity: ruin.equity },
    nullReasons: metrics.nullReasons,
    warnings:
      unchecked > 0
        ? [`margin ceiling: ${unchecked} trade${unchecked === 1 ? '' : 's'} without margin data ${unchecked === 1 ? 'was' : 'were'} taken unchecked (their margin counts as 0)`]
        : [],
  };
}
