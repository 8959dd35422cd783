/**
 * Strategy-name mapping proposal: which backtest strategy is each live strategy? Names often
 * differ between the two logs (a blank backtest strategy imports as "Unknown" while the live
 * log calls it "MEIC"), so every live × backtest pair is scored by
 *
 *   score = (name similarity + date overlap) / 2,  in [0, 1]
 *
 * (./name-similarity: token Jaccard or acronym; ./date-overlap: Jaccard of trading days in
 * the common range). The suggestion is one-to-one, greedy by score (ties: higher name
 * similarity, then names in order), keeping pairs with score ≥ `minScore`. The user confirms
 * or edits it (./resolve-mapping); the workspace remembers the confirmed mapping.
 */
import { compareText } from '../import/sort-trades';
import { dateOverlap } from './date-overlap';
import { BLANK_STRATEGY, nameSimilarity, nameTokens } from './name-similarity';
import type { MappingProposal, MappingProposals } from './types';

/** Default minimum score for a suggestion to apply without confirmation. */
export const DEFAULT_MIN_MAPPING_SCORE = 0.2;

interface Dated {
  strategy: string;
  dateOpened: string;
}

/** Strategy → its sorted distinct open dates. */
export function tradingDays(trades: readonly Dated[]): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const t of trades) {
    let days = sets.get(t.strategy);
    if (!days) sets.set(t.strategy, (days = new Set()));
    days.add(t.dateOpened);
  }
  const out = new Map<string, string[]>();
  for (const [name, days] of [...sets].sort((a, b) => compareText(a[0], b[0]))) out.set(name, [...days].sort());
  return out;
}

function nameReason(live: string, backtest: string, similarity: number, tokens: (name: string) => string[]): string {
  if (live === backtest) return 'same name';
  if (backtest === BLANK_STRATEGY) return `the backtest strategy has no name ("${BLANK_STRATEGY}")`;
  if (similarity === 1) return 'one name is the acronym of the other';
  const a = new Set(tokens(live));
  const b = new Set(tokens(backtest));
  const common = [...a].filter((t) => b.has(t)).length;
  return common === 0 ? 'no common name words' : `${common} of ${a.size + b.size - common} name words in common`;
}

export function proposeStrategyMapping(backtestTrades: readonly Dated[], liveTrades: readonly Dated[], minScore = DEFAULT_MIN_MAPPING_SCORE): MappingProposals {
  const backtestDays = tradingDays(backtestTrades);
  const liveDays = tradingDays(liveTrades);
  const tokenCache = new Map<string, string[]>();
  const tokens = (name: string) => {
    let t = tokenCache.get(name);
    if (!t) tokenCache.set(name, (t = nameTokens(name)));
    return t;
  };
  const candidates: MappingProposal[] = [];
  for (const [liveName, live] of liveDays) {
    for (const [backtestName, backtest] of backtestDays) {
      const similarity = nameSimilarity(liveName, backtestName, tokens);
      const overlap = dateOverlap(live, backtest);
      const score = (similarity + overlap.share) / 2;
      if (score <= 0) continue;
      const dates = overlap.common === 0 ? 'no common trading days' : `traded on ${overlap.common} of the same ${overlap.union} days`;
      candidates.push({ liveName, backtestName, score, nameSimilarity: similarity, dateOverlap: overlap.share, reason: `${nameReason(liveName, backtestName, similarity, tokens)}; ${dates}` });
    }
  }
  candidates.sort((a, b) => b.score - a.score || b.nameSimilarity - a.nameSimilarity || compareText(a.liveName, b.liveName) || compareText(a.backtestName, b.backtestName));
  return { candidates, suggested: suggestMapping(candidates, minScore) };
}

/**
 * The one-to-one greedy suggestion over `candidates` (sorted best first), leaving out live
 * and backtest names already taken (by a confirmed mapping).
 */
export function suggestMapping(candidates: readonly MappingProposal[], minScore: number, takenLive: ReadonlySet<string> = new Set(), takenBacktest: ReadonlySet<string> = new Set()): MappingProposal[] {
  const suggested: MappingProposal[] = [];
  const usedLive = new Set(takenLive);
  const usedBacktest = new Set(takenBacktest);
  for (const c of candidates) {
    if (c.score < minScore || usedLive.has(c.liveName) || usedBacktest.has(c.backtestName)) continue;
    suggested.push(c);
    usedLive.add(c.liveName);
    usedBacktest.add(c.backtestName);
  }
  return suggested;
}

