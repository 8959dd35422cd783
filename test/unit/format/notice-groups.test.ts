/**
 * Notice grouping (issue 15): the same notice for many strategies is one line, "k of n
 * strategies: …", with differing numbers shown as "…" and each strategy's own figures kept
 * for the expanded list; groups ordered by severity, then by size. Expected lines hand-written.
 */
import { describe, expect, it } from 'vitest';
import { groupNotices, noticeFromText, noticeGroupText, noticeSeverity } from '../../../core/format/notice-groups';

const CONTRACTS = (name: string, low: number, high: number) =>
  `"${name}": contract counts vary more than 2× (${low} to ${high}), so Kelly on raw P/L is not meaningful; use the per-contract or margin basis.`;

describe('notice grouping', () => {
  it('turns nineteen copies of one notice into one line naming the count', () => {
    const names = Array.from({ length: 19 }, (_, i) => `S${i + 1}`);
    const groups = groupNotices(
      names.map((subject) => ({ subject, text: 'Contract counts vary more than 2×: per-contract P/L is used.' })),
      19,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0].line).toBe('19 of 19 strategies: Contract counts vary more than 2×: per-contract P/L is used.');
    expect(groups[0].members.map((m) => m.subject)).toEqual(names);
    expect(groups[0].varies).toBe(false);
  });

  it('groups sentences that differ only in their numbers, and keeps each strategy\'s figures', () => {
    const groups = groupNotices([CONTRACTS('A', 1, 10), CONTRACTS('B', 2, 10)].map(noticeFromText), 5);
    expect(groups).toHaveLength(1);
    expect(groups[0].line).toBe('2 of 5 strategies: Contract counts vary more than 2× (… to 10), so Kelly on raw P/L is not meaningful; use the per-contract or margin basis.');
    expect(groups[0].varies).toBe(true);
    expect(noticeGroupText(groups[0])).toBe(
      '2 of 5 strategies: Contract counts vary more than 2× (… to 10), so Kelly on raw P/L is not meaningful; use the per-contract or margin basis. — A (1); B (2)',
    );
  });

  it('takes a range "1–5" as one figure', () => {
    const reason = (range: string) => `Contract counts ${range} vary more than 2× (a compounding backtest): raw-P/L Kelly is not meaningful, so per-contract P/L is used.`;
    const [group] = groupNotices([{ subject: 'A', text: reason('1–5') }, { subject: 'B', text: reason('2–40') }], 2);
    expect(group.line).toBe('2 of 2 strategies: Contract counts … vary more than 2× (a compounding backtest): raw-P/L Kelly is not meaningful, so per-contract P/L is used.');
    expect(noticeGroupText(group)).toMatch(/ — A \(1–5\); B \(2–40\)$/);
  });

  it('names a single strategy, keeps portfolio notices apart, and orders by severity then size', () => {
    const groups = groupNotices(
      [
        { subject: null, text: 'No starting capital in the data: using 100,000. Set your capital for meaningful CAGR, drawdown and Sharpe.' },
        { subject: 'A', text: 'Only 12 trades (fewer than 30): Kelly from so small a sample is unreliable.' },
        { subject: 'B', text: 'Only 9 trades (fewer than 30): Kelly from so small a sample is unreliable.' },
        { subject: 'C', text: 'Negative edge: Kelly on P/L is -4.00%, so nothing is allocated.' },
        { subject: null, text: 'No starting capital in the data: using 100,000. Set your capital for meaningful CAGR, drawdown and Sharpe.' },
      ],
      3,
    );
    expect(groups.map((g) => [g.severity, g.line])).toEqual([
      ['critical', '"C": Negative edge: Kelly on P/L is -4.00%, so nothing is allocated.'],
      ['warning', '2 of 3 strategies: Only … trades (fewer than 30): Kelly from so small a sample is unreliable.'],
      ['warning', 'No starting capital in the data: using 100,000. Set your capital for meaningful CAGR, drawdown and Sharpe.'],
    ]);
  });

  it('reads the strategy out of a statistics warning and rates severity by its words', () => {
    expect(noticeFromText('"MEIC 10:15": contract counts vary')).toEqual({ subject: 'MEIC 10:15', text: 'Contract counts vary' });
    expect(noticeFromText('Portfolio: contract counts vary')).toEqual({ subject: null, text: 'Portfolio: contract counts vary' });
    expect(noticeFromText('"GLD DC 15:32" alone (from the same starting capital) is ruined on 2025-06-20: equity -54049.32.')).toEqual({
      subject: 'GLD DC 15:32',
      text: 'Ruined when traded alone from the same starting capital, on 2025-06-20: equity -54049.32.',
    });
    expect(noticeSeverity('Ruined when traded alone from the same starting capital, on 2025-06-20')).toBe('critical');
    expect(noticeSeverity('1 open trade(s) left out: P/L counts only once a trade has closed.')).toBe('warning');
    expect(noticeSeverity('Kelly on per-contract P/L is used.')).toBe('info');
  });
});
