/**
 * Report section: every warning in words — from the statistics, from the sizing (prefixed
 * with the strategy) and from the realism check.
 */
import { defineSection, type ReportInput } from '../section';

function allWarnings({ stats, sizing, realism }: ReportInput): string[] {
  const sized = sizing ? [...sizing.strategies, sizing.portfolio].flatMap((e) => e.warnings.map((w) => `${e.name}: ${w}`)) : [];
  return [...stats.warnings, ...sized, ...(realism?.warnings ?? [])];
}

export const warningsSection = defineSection({
  id: 'warnings',
  title: 'Warnings',
  description: 'Data, sizing and realism warnings',
  isAvailable: (input) => allWarnings(input).length > 0,
  unavailableReason: () => 'nothing to warn about: the statistics, the sizing and the realism check flagged nothing',
  build: (input) => ({ tables: [], charts: [], notes: allWarnings(input) }),
});
