/**
 * One row of the pair list: a matched pair (both sides), a live-only trade or a
 * backtest-only trade, with the per-pair measures — time difference at open (live −
 * backtest, seconds), premium slippage per contract (./slippage), P/L per contract of each
 * side and their difference (live − backtest), exit reasons and their agreement
 * (./exit-reason). A P/L of a trade still open is not final: null, with the reason.
 */
import { exitReasonsAgree } from './exit-reason';
import { premiumSlippage } from './slippage';
import type { TradeSide } from './trade-side';
import type { LivePair, NullReasons } from './types';

const OPEN = 'the trade is still open (no final P/L)';
const LIVE_ONLY = 'no backtest trade to compare with (live only)';
const BACKTEST_ONLY = 'not traded live (backtest only)';
const LIVE_FIELDS = ['liveOpened', 'liveContracts', 'livePremiumPerContract', 'plPerContractLive', 'exitReasonLive'] as const;
const BACKTEST_FIELDS = ['backtestOpened', 'backtestContracts', 'backtestPremiumPerContract', 'plPerContractBacktest', 'exitReasonBacktest'] as const;
const PAIR_FIELDS = ['openTimeDifferenceSeconds', 'slippagePerContract', 'plPerContractDifference', 'exitReasonAgrees'] as const;

function unpaired(strategy: string | null, liveStrategy: string | null, live: TradeSide | null, backtest: TradeSide | null): LivePair {
  const nullReasons: NullReasons = {};
  const reason = live ? LIVE_ONLY : BACKTEST_ONLY;
  for (const field of live ? BACKTEST_FIELDS : LIVE_FIELDS) nullReasons[field] = reason;
  for (const field of PAIR_FIELDS) nullReasons[field] = reason;
  const side = (live ?? backtest) as TradeSide;
  if (side.premiumPerContract === null) nullReasons[live ? 'livePremiumPerContract' : 'backtestPremiumPerContract'] = live ? 'the live log has no Initial Premium for this trade' : 'the backtest log has no Premium for this trade';
  if (!side.closed) nullReasons[live ? 'plPerContractLive' : 'plPerContractBacktest'] = OPEN;
  if (!side.reason) nullReasons[live ? 'exitReasonLive' : 'exitReasonBacktest'] = live ? 'the live log has no Reason For Close' : 'the backtest log has no Reason For Close';
  if (strategy === null) nullReasons.strategy = 'no backtest strategy is mapped to this live strategy';
  if (liveStrategy === null) nullReasons.liveStrategy = 'no live strategy is mapped to this backtest strategy';
  const pl = side.closed ? side.plPerContract : null;
  return {
    strategy,
    liveStrategy,
    category: live ? 'liveOnly' : 'backtestOnly',
    liveOpened: live ? live.opened : null,
    backtestOpened: backtest ? backtest.opened : null,
    openTimeDifferenceSeconds: null,
    liveContracts: live ? live.contracts : null,
    backtestContracts: backtest ? backtest.contracts : null,
    livePremiumPerContract: live ? live.premiumPerContract : null,
    backtestPremiumPerContract: backtest ? backtest.premiumPerContract : null,
    slippagePerContract: null,
    plPerContractLive: live ? pl : null,
    plPerContractBacktest: backtest ? pl : null,
    plPerContractDifference: null,
    exitReasonLive: live ? live.reason || null : null,
    exitReasonBacktest: backtest ? backtest.reason || null : null,
    exitReasonAgrees: null,
    nullReasons,
  };
}

function matched(strategy: string | null, liveStrategy: string, live: TradeSide, backtest: TradeSide): LivePair {
  const nullReasons: NullReasons = {};
  if (strategy === null) nullReasons.strategy = 'no backtest strategy is mapped to this live strategy';
  const plLive = live.closed ? live.plPerContract : null;
  const plBacktest = backtest.closed ? backtest.plPerContract : null;
  if (plLive === null) nullReasons.plPerContractLive = OPEN;
  if (plBacktest === null) nullReasons.plPerContractBacktest = OPEN;
  if (live.premiumPerContract === null) nullReasons.livePremiumPerContract = 'the live log has no Initial Premium for this trade';
  if (backtest.premiumPerContract === null) nullReasons.backtestPremiumPerContract = 'the backtest log has no Premium for this trade';
  if (!live.reason) nullReasons.exitReasonLive = 'the live log has no Reason For Close';
  if (!backtest.reason) nullReasons.exitReasonBacktest = 'the backtest log has no Reason For Close';
  const timed = live.seconds !== null && backtest.seconds !== null;
  if (!timed) nullReasons.openTimeDifferenceSeconds = 'a log has no time of day for this trade';
  const slippagePerContract = premiumSlippage(live.premiumPerContract, backtest.premiumPerContract);
  if (slippagePerContract === null) nullReasons.slippagePerContract = 'a premium is unknown';
  const plPerContractDifference = plLive !== null && plBacktest !== null ? plLive - plBacktest : null;
  if (plPerContractDifference === null) nullReasons.plPerContractDifference = OPEN;
  const exitReasonAgrees = exitReasonsAgree(live.reason, backtest.reason);
  if (exitReasonAgrees === null) nullReasons.exitReasonAgrees = 'a log has no Reason For Close';
  return {
    strategy,
    liveStrategy,
    category: 'matched',
    liveOpened: live.opened,
    backtestOpened: backtest.opened,
    openTimeDifferenceSeconds: timed ? (live.seconds as number) - (backtest.seconds as number) : null,
    liveContracts: live.contracts,
    backtestContracts: backtest.contracts,
    livePremiumPerContract: live.premiumPerContract,
    backtestPremiumPerContract: backtest.premiumPerContract,
    slippagePerContract,
    plPerContractLive: plLive,
    plPerContractBacktest: plBacktest,
    plPerContractDifference,
    exitReasonLive: live.reason || null,
    exitReasonBacktest: backtest.reason || null,
    exitReasonAgrees,
    nullReasons,
  };
}

/** A matched pair (both sides), a live-only trade (backtest null) or a backtest-only trade (live null). */
export function livePair(strategy: string | null, liveStrategy: string | null, live: TradeSide | null, backtest: TradeSide | null): LivePair {
  return live && backtest ? matched(strategy, liveStrategy ?? live.strategy, live, backtest) : unpaired(strategy, liveStrategy, live, backtest);
}
