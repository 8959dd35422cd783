// The pieces of the mapping score, by hand: token Jaccard of normalised names (with the
// acronym rule and the blank "Unknown"), and the Jaccard of trading days inside the common
// date range; on the EMA sample the crossed pairs score (3/5 + 83/182) / 2.
import { describe, expect, it } from 'vitest';
import { proposeStrategyMapping } from '../../../core/live';
import { dateOverlap } from '../../../core/live/date-overlap';
import { nameSimilarity, nameTokens } from '../../../core/live/name-similarity';
import { fixtureTrades, importReporting } from '../support/fixtures';

describe('mapping score pieces', () => {
  it('names: tokens, Jaccard, acronym, Unknown', () => {
    expect(nameTokens('0DTE PCS - EMA Entry')).toEqual(['0dte', 'pcs', 'ema', 'entry']);
    expect(nameSimilarity('0DTE PCS - EMA Entry', '0dte pcs ema entry')).toBe(1);
    expect(nameSimilarity('0DTE PCS - EMA Entry', '0DTE CCS - EMA Entry')).toBe(3 / 5);
    expect(nameSimilarity('MEIC', 'Multiple Entry Iron Condor')).toBe(1);
    expect(nameSimilarity('MEIC', 'Unknown')).toBe(0);
    expect(nameSimilarity('Unknown', 'Unknown')).toBe(1);
    expect(nameSimilarity('Iron Fly', 'Calendar')).toBe(0);
  });

  it('days: Jaccard within the common range; no common range → 0', () => {
    expect(dateOverlap(['2025-01-02', '2025-01-03', '2025-01-06'], ['2025-01-03', '2025-01-06', '2025-01-07'])).toEqual({ share: 2 / 2, common: 2, union: 2 });
    expect(dateOverlap(['2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07'], ['2025-01-03', '2025-01-07'])).toEqual({ share: 2 / 3, common: 2, union: 3 });
    expect(dateOverlap(['2025-01-02'], ['2025-02-02'])).toEqual({ share: 0, common: 0, union: 0 });
  });

  it('EMA crossed pairs: name 3/5, days 83 of 182 (counted from the CSV in Python) → score 0.528', async () => {
    const { candidates } = proposeStrategyMapping(await fixtureTrades('ema-tradelog.csv'), (await importReporting('optionomega/ema-reporting-log.csv')).reporting);
    const crossed = candidates.filter((c) => c.liveName !== c.backtestName);
    expect(crossed).toHaveLength(2);
    for (const c of crossed) {
      expect(c.score).toBeCloseTo((3 / 5 + 83 / 182) / 2, 12);
      expect(c.reason).toBe('3 of 5 name words in common; traded on 83 of the same 182 days');
    }
  });
});
