/**
 * The sizing warnings in words (negative edge, too few trades, no losses, a single trade
 * driving Kelly, margin above the historical peak or the ceiling), and a note wherever the
 * automatic basis left raw P/L, with the reason — each grouped across strategies
 * (core/format/notice-groups: "19 of 19 strategies: …", expandable to the names), most severe first.
 */
import { useMemo } from 'react';
import { PORTFOLIO_NAME, type SizingEntry } from '../../../core/sizing';
import { groupNotices, type Notice } from '../../../core/format/notice-groups';
import { GroupedNotices } from '../components/GroupedNotices';

/** A notice of one entry: the portfolio entry (listed first by the page) speaks for the whole portfolio, not one strategy. */
function notice(entry: SizingEntry, index: number, text: string): Notice {
  return index === 0 && entry.name === PORTFOLIO_NAME ? { subject: null, text: `${entry.name}: ${text}` } : { subject: entry.name, text };
}

export function SizingWarnings({ entries, automaticBasis }: { entries: SizingEntry[]; automaticBasis: boolean }) {
  const strategyCount = entries.length > 0 && entries[0].name === PORTFOLIO_NAME ? entries.length - 1 : entries.length;
  const basisGroups = useMemo(
    () => (automaticBasis ? groupNotices(entries.flatMap((e, i) => (e.basis !== 'pl' ? [notice(e, i, `${e.basisReason}.`)] : [])), strategyCount) : []),
    [entries, automaticBasis, strategyCount],
  );
  const warningGroups = useMemo(() => groupNotices(entries.flatMap((e, i) => e.warnings.map((text) => notice(e, i, text))), strategyCount), [entries, strategyCount]);
  return (
    <>
      <GroupedNotices groups={basisGroups} testId="basis-notes" tone="info" />
      <GroupedNotices groups={warningGroups} testId="sizing-warnings" />
    </>
  );
}
