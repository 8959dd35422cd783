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

export function livePair(strategy: string | null, liveStrategy: string | null, live: TradeSide | null, backtest: TradeSide | null): LivePair {
  const nullReasons: NullReasons = {};
  const missing = (field: string, reason: string) => (nullReasons[field] = reason);
  const category = live && backtest ? 'matched' : live ? 'liveOnly' : 'backtestOnly';
  const noTwin = category === 'liveOnly' ? 'no backtest trade to compare with (live only)' : 'not traded live (backtest only)';

  let openTimeDifferenceSeconds: number | null = null;
  let slippagePerContract: number | null = null;
  let plPerContractDifference: number | null = null;
  let exitReasonAgrees: boolean | null = null;
  const plLive = live === null ? null : live.closed ? live.plPerContract : null;
  const plBacktest = backtest === null ? null : backtest.closed ? backtest.plPerContract : null;

  if (strategy === null) missing('strategy', 'no backtest strategy is mapped to this live strategy');
  if (liveStrategy === null) missing('liveStrategy', 'no live strategy is mapped to this backtest strategy');
  if (live === null) missing('liveOpened', noTwin);
  if (backtest === null) missing('backtestOpened', noTwin);
  if (live && plLive === null) missing('plPerContractLive', OPEN);
  if (backtest && plBacktest === null) missing('plPerContractBacktest', OPEN);
  if (live === null) ['liveContracts', 'livePremiumPerContract', 'plPerContractLive', 'exitReasonLive'].forEach((f) => missing(f, noTwin));
  if (backtest === null) ['backtestContracts', 'backtestPremiumPerContract', 'plPerContractBacktest', 'exitReasonBacktest'].forEach((f) => missing(f, noTwin));
  if (live && live.premiumPerContract === null) missing('livePremiumPerContract', 'the live log has no Initial Premium for this trade');
  if (backtest && backtest.premiumPerContract === null) missing('backtestPremiumPerContract', 'the backtest log has no Premium for this trade');
  if (live && !live.reason) missing('exitReasonLive', 'the live log has no Reason For Close');
  if (backtest && !backtest.reason) missing('exitReasonBacktest', 'the backtest log has no Reason For Close');

  if (live && backtest) {
    if (live.seconds !== null && backtest.seconds !== null) openTimeDifferenceSeconds = live.seconds - backtest.seconds;
    else missing('openTimeDifferenceSeconds', 'a log has no time of day for this trade');
    slippagePerContract = premiumSlippage(live.premiumPerContract, backtest.premiumPerContract);
    if (slippagePerContract === null) missing('slippagePerContract', 'a premium is unknown');
    if (plLive !== null && plBacktest !== null) plPerContractDifference = plLive - plBacktest;
    else missing('plPerContractDifference', OPEN);
    exitReasonAgrees = exitReasonsAgree(live.reason, backtest.reason);
    if (exitReasonAgrees === null) missing('exitReasonAgrees', 'a log has no Reason For Close');
  } else {
    ['openTimeDifferenceSeconds', 'slippagePerContract', 'plPerContractDifference', 'exitReasonAgrees'].forEach((f) => missing(f, noTwin));
  }

  return {
    strategy,
    liveStrategy,
    category,
    liveOpened: live?.opened ?? null,
    backtestOpened: backtest?.opened ?? null,
    openTimeDifferenceSeconds,
    liveContracts: live?.contracts ?? null,
    backtestContracts: backtest?.contracts ?? null,
    livePremiumPerContract: live?.premiumPerContract ?? null,
    backtestPremiumPerContract: backtest?.premiumPerContract ?? null,
    slippagePerContract,
    plPerContractLive: plLive,
    plPerContractBacktest: plBacktest,
    plPerContractDifference,
    exitReasonLive: live ? live.reason || null : null,
    exitReasonBacktest: backtest ? backtest.reason || null : null,
    exitReasonAgrees,
    nullReasons,
  };
}
