/**
 * Report section: every warning in words — from the statistics, from the sizing (prefixed
 * with the strategy) and from the realism check.
 */
import { groupNotices, noticeFromText, noticeGroupText, type Notice } from '../../format/notice-groups';
import { defineSection, type ReportInput } from '../section';

/**
 * Every warning, grouped across strategies ("19 of 19 strategies: …" followed by the names),
 * most severe first — the same grouping as the app's Overview and Sizing warnings.
 */
function allWarnings({ stats, sizing, realism }: ReportInput): string[] {
  const notices: Notice[] = [
    ...stats.warnings.map(noticeFromText),
    ...(sizing ? sizing.strategies.flatMap((e) => e.warnings.map((text) => ({ subject: e.name, text }))) : []),
    ...(sizing ? sizing.portfolio.warnings.map((w) => ({ subject: null, text: `${sizing.portfolio.name}: ${w}` })) : []),
    ...(realism?.warnings ?? []).map((text) => ({ subject: null, text })),
  ];
  return groupNotices(notices, stats.strategies.length).map(noticeGroupText);
}

export const warningsSection = defineSection({
  id: 'warnings',
  title: 'Warnings',
  description: 'Data, sizing and realism warnings',
  isAvailable: (input) => allWarnings(input).length > 0,
  unavailableReason: () => 'nothing to warn about: the statistics, the sizing and the realism check flagged nothing',
  build: (input) => ({ tables: [], charts: [], notes: allWarnings(input) }),
});
