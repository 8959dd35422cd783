/**
 * core/margin — the one time-aware margin concurrency of SPEC-metrics §3: which positions are
 * open at each moment a position opens, the recorded margin use and its peak, and the margin
 * a set of contracts per strategy needs at the busiest moment.
 */
export { marginTimeline, momentLabel, type MarginLevel, type MarginTimeline } from './timeline';
export { marginUse, marginUseConvention, type MarginUse, type MarginUsePoint } from './margin-use';
export { peakMarginNeed, type PeakMarginNeed } from './peak-need';
