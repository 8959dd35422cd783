/**
 * Builds the report model from computed results: the cover, every selected section in
 * registry order — built from its data, or, when its data is missing, in its place the reason
 * (`omitted`), so a section is never dropped silently — and the conventions behind the numbers
 * shown. Pure and deterministic: the same input gives the same model. The one exception to
 * "never dropped": a section marked `onlyWithData` (bets: only for a workspace with a bet log)
 * is left out when it has no data and was not asked for by id.
 */
import { dailyOnlyConventions, statsConventions } from './conventions';
import { REPORT_SECTIONS } from './registry';
import type { ReportInput, SectionDefinition } from './section';
import type { ReportModel } from './types';

export interface SectionChoice {
  id: string;
  title: string;
  description: string;
  /** Why the section has no data (it prints as this reason); absent when it has data. */
  unavailable?: string;
}

/** Why `section` has no data: the caller's reason, else the section's own. */
function reasonMissing(section: SectionDefinition, input: ReportInput): string {
  return input.unavailable?.[section.id] ?? section.unavailableReason(input);
}

/** Every section in print order, with the reason it has no data where it has none (what the export dialog offers). */
export function sectionChoices(input: ReportInput): SectionChoice[] {
  return REPORT_SECTIONS.filter((section: SectionDefinition) => !leftOut(section, input)).map((section: SectionDefinition) => {
    const { id, title, description } = section;
    return section.isAvailable(input) ? { id, title, description } : { id, title, description, unavailable: reasonMissing(section, input) };
  });
}

/** A section without data that is not printed at all (SectionDefinition.onlyWithData, not asked for by id). */
function leftOut(section: SectionDefinition, input: ReportInput): boolean {
  return section.onlyWithData === true && !section.isAvailable(input) && !(input.sections ?? []).includes(section.id);
}

/** Throws on an unknown section id, naming the valid ones. */
export function validateSectionIds(ids: readonly string[]): void {
  const known = REPORT_SECTIONS.map((section) => section.id as string);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new Error(`unknown report section "${unknown[0]}" (sections: ${known.join(', ')})`);
}

export function buildReportModel(input: ReportInput): ReportModel {
  if (!Number.isFinite(input.capital) || input.capital <= 0) throw new Error(`capital must be a positive number, got ${input.capital}`);
  if (!Number.isFinite(input.fraction) || input.fraction < 0) throw new Error(`Kelly fraction must be a number ≥ 0, got ${input.fraction}`);
  if (input.sections) validateSectionIds(input.sections);
  const wanted: SectionDefinition[] = REPORT_SECTIONS.filter((section) => (!input.sections || input.sections.includes(section.id)) && !leftOut(section, input));
  const included = wanted.filter((section) => section.isAvailable(input));
  const { portfolio } = input.stats;
  return {
    cover: {
      title: 'Sizing report',
      portfolioName: input.portfolioName,
      firstDate: input.dailyOnly?.firstDate ?? portfolio.firstDate,
      lastDate: input.dailyOnly?.lastDate ?? portfolio.lastDate,
      capital: input.capital,
      fraction: input.fraction,
      ...(input.sizing ? { kellyOf: input.sizing.kellyOf } : {}),
      trades: portfolio.trades,
      strategies: input.stats.strategies.map((s) => s.name),
      generatedAt: input.generatedAt,
    },
    sections: wanted.map((section) =>
      section.isAvailable(input)
        ? { id: section.id, title: section.title, ...section.build(input) }
        : { id: section.id, title: section.title, omitted: reasonMissing(section, input), tables: [], charts: [], notes: [] },
    ),
    conventions: [...(input.dailyOnly ? dailyOnlyConventions(input.dailyOnly) : statsConventions(portfolio)), ...included.flatMap((section) => section.conventions?.(input) ?? [])],
  };
}
