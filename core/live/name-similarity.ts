/**
 * Similarity of two strategy names, for the live ↔ backtest mapping proposal.
 *
 * Names are normalised into tokens: lower case, split on anything that is not a letter or a
 * digit ("0DTE PCS - EMA Entry" → 0dte, pcs, ema, entry). Similarity = Jaccard of the two
 * token sets, |A ∩ B| / |A ∪ B|, in [0, 1]; 1 when one name is a single token equal to the
 * initials of the other's tokens (MEIC ↔ "Multiple Entry Iron Condor"). The backtest's
 * placeholder for a blank strategy ("Unknown") carries no name, so it scores 0 against any
 * other name (its dates decide).
 */

/** What the trade-log importers call a blank strategy. */
export const BLANK_STRATEGY = 'Unknown';

export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

function isAcronymOf(acronym: string[], words: string[]): boolean {
  return acronym.length === 1 && words.length >= 2 && acronym[0] === words.map((w) => w[0]).join('');
}

export function nameSimilarity(a: string, b: string, tokens: (name: string) => string[] = nameTokens): number {
  if (a === b) return 1;
  if (a === BLANK_STRATEGY || b === BLANK_STRATEGY) return 0;
  const ta = tokens(a);
  const tb = tokens(b);
  if (isAcronymOf(ta, tb) || isAcronymOf(tb, ta)) return 1;
  const setA = new Set(ta);
  const setB = new Set(tb);
  let common = 0;
  for (const token of setA) if (setB.has(token)) common++;
  const union = setA.size + setB.size - common;
  return union === 0 ? 0 : common / union;
}
