/** Why the replay skipped a trade, in words: one text per SkipReason, for the app, the CLI and the report. */
import type { SkipReason } from './types';

export const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  weekday: 'trading day disabled',
  ruined: 'the account was ruined (equity at or below 0)',
  guardrail: 'drawdown guardrail: stopped, or its multiplier cut the size below 1 contract',
  streak: 'losing-streak multiplier cut the size below 1 contract',
  'max-open': 'max parallel trades reached',
  'no-estimate': 'no estimate yet (warm-up, or no losing trade yet)',
  'no-edge': 'no edge (Kelly or optimal f ≤ 0, or zero volatility)',
  'no-margin-data': 'no margin data for the margin basis',
  'below-one-contract': 'sized below 1 contract',
  'margin-ceiling': 'margin ceiling: not even 1 contract fits',
  'size-too-large': 'sized beyond 2^53 contracts (risk per contract too close to 0 to divide by)',
};
