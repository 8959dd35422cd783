/**
 * The conventions behind the Replay page's rules, constraints and metrics, in the words of
 * core/replay's documentation (SPEC §2 for the curve metrics). They are the page's tooltips.
 */
import { DRAWDOWN_FROM_PEAK } from '../../../core/format/conventions';

export const replayConventions = {
  rules:
    'Each trade is sized at its open from the equity realized so far (trades replayed in open order; a trade closing at the same second as another opens is realized first). ' +
    'Fixed: N contracts. Dollar risk: floor(amount / risk per contract). Fixed fraction: floor(f · equity / risk per contract). ' +
    'Fractional Kelly: Kelly f* = p − q/b of per-contract P/L × multiplier, then as fixed fraction. Volatility target: floor(annual vol/√252 · equity / sd of the last 60 business days of one contract’s daily P/L; at least 20 days). ' +
    'Optimal f (Vince): floor(equity / (|largest loss| / f*)). Risk per contract: average or largest loss per contract, or the trade’s margin per contract × the broker multiplier. ' +
    'Estimates use only trades closed before the open unless "the whole log" is chosen (look-ahead), and need the warm-up trades first. Sized below 1 contract → skipped.',
  capital:
    'Margin ceiling: total margin of open trades (× broker multiplier) at most this share of realized equity; a trade is cut to fit, or skipped when not even 1 contract fits. ' +
    'Broker margin multiplier: your broker’s margin ÷ the log’s margin. Commission override replaces the log’s fees: net = (P/L + fees) / contracts − commission, per contract.',
  weekdays: 'Trades opened on an unchecked weekday (of the open date) are skipped.',
  rulesOfConduct:
    'Streak: after K consecutive losing trades of the log (in close order, taken or not; scratches leave the streak unchanged) size × m until a winning trade. ' +
    'Guardrail: while realized equity is at least X below its running peak (peak starts at the starting capital), size × m, or open no trade.',
  finalEquity: 'Starting capital + the replayed net P/L of every taken trade.',
  cagr: 'CAGR = (final / start)^(365.25 / calendar days from the first open to the last close) − 1; −100% when final equity ≤ 0.',
  maxDrawdown: `Max over business days of ${DRAWDOWN_FROM_PEAK}, equity = end-of-day realized equity.`,
  mar: 'MAR = CAGR / max drawdown.',
  sharpe: 'Daily returns r = (E_t − E_{t−1}) / E_{t−1} of the business-day curve; Sharpe = mean(r − rf) / sd(r − rf, n−1) · √252, rf = the workspace\'s risk-free rate (the Overview setting: 0%, or each day\'s DTB3 rate / 252).',
  trades: 'Trades taken, and trades skipped with the reason (click the count to list the reasons). A trade cut by the margin ceiling is still taken.',
  maxContracts: 'The most contracts of a single taken trade.',
  peakMarginUse: 'Peak of (margin of open trades × broker multiplier) / realized equity, measured at each open. Trades without margin data do not count.',
  logScale: 'Log axis: equal distances are equal percentage changes; a scenario whose equity reaches 0 stops there.',
} as const;
