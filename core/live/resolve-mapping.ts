/**
 * The mapping a comparison uses: the user's confirmed pairs (live → backtest, or live → null
 * for "no backtest twin") first; every other live name gets the suggestion of
 * ./strategy-mapping among the backtest names not already confirmed, when its score reaches
 * the minimum; the rest stay unmapped (all their trades are live only). A confirmed pair
 * naming a strategy that is in neither log is an error, never silently dropped.
 */
import { suggestMapping } from './strategy-mapping';
import type { MappingProposal, StrategyMapping } from './types';

export interface ResolvedPair {
  backtestName: string | null;
  source: 'confirmed' | 'suggested' | 'none';
  score: number | null;
  reason: string;
}

export type ResolveOutcome = { ok: true; byLive: Map<string, ResolvedPair> } | { ok: false; message: string };

function list(names: ReadonlySet<string>): string {
  return [...names].map((n) => `"${n}"`).join(', ') || 'none';
}

export function resolveMapping(liveNames: ReadonlySet<string>, backtestNames: ReadonlySet<string>, candidates: readonly MappingProposal[], confirmed: StrategyMapping, minScore: number): ResolveOutcome {
  const byLive = new Map<string, ResolvedPair>();
  const takenBacktest = new Set<string>();
  for (const [live, backtest] of Object.entries(confirmed)) {
    if (!liveNames.has(live)) return { ok: false, message: `mapping "${live}=${backtest ?? ''}": the live log has no strategy "${live}" (live strategies: ${list(liveNames)})` };
    if (backtest !== null && !backtestNames.has(backtest)) return { ok: false, message: `mapping "${live}=${backtest}": the backtest has no strategy "${backtest}" (backtest strategies: ${list(backtestNames)})` };
    const candidate = candidates.find((c) => c.liveName === live && c.backtestName === backtest);
    byLive.set(live, { backtestName: backtest, source: 'confirmed', score: candidate?.score ?? null, reason: backtest === null ? 'confirmed: no backtest twin' : `confirmed${candidate ? ` (${candidate.reason})` : ''}` });
    if (backtest !== null) takenBacktest.add(backtest);
  }
  for (const s of suggestMapping(candidates, minScore, new Set(byLive.keys()), takenBacktest)) {
    byLive.set(s.liveName, { backtestName: s.backtestName, source: 'suggested', score: s.score, reason: `suggested, score ${s.score.toFixed(2)}: ${s.reason}` });
  }
  for (const live of liveNames) {
    if (!byLive.has(live)) byLive.set(live, { backtestName: null, source: 'none', score: null, reason: `no backtest strategy scored ${minScore} or more (name similarity and common trading days); confirm a mapping to compare it` });
  }
  return { ok: true, byLive };
}
