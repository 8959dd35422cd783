/**
 * The shape of a position from its OptionOmega `Legs` text ("3 Oct 6 6725 P STO 4.45 | 3 Oct
 * 6 6575 P BTO 0.25"): the multiset of (put/call, action) of its legs, strikes, dates and
 * quantities ignored — "P BTO + P STO" for a put credit spread. Two trades with known,
 * different shapes are different positions (a multiple-entry iron condor opens a put and a
 * call spread at the same minute), so the matcher never pairs them. Null when the text is
 * empty or a leg does not read as `… P|C STO|BTO|STC|BTC …` (then the shape constrains
 * nothing).
 */

const LEG = /(?:^|\s)([PC])\s+(STO|BTO|STC|BTC)(?:\s|$)/i;

export function legShape(legs: string): string | null {
  const text = legs.trim();
  if (text === '') return null;
  const parts: string[] = [];
  for (const leg of text.split('|')) {
    const m = LEG.exec(leg.trim());
    if (!m) return null;
    parts.push(`${m[1].toUpperCase()} ${m[2].toUpperCase()}`);
  }
  return parts.sort().join(' + ');
}
