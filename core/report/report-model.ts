/**
 * Builds the report model from computed results: the cover, every selected section whose
 * data exists (registry order), and the conventions behind the numbers shown. Pure and
 * deterministic: the same input gives the same model.
 */
import { statsConventions } from './conventions';
import { REPORT_SECTIONS } from './registry';
import type { ReportInput, SectionDefinition } from './section';
import type { ReportModel } from './types';

export interface SectionChoice {
  id: string;
  title: string;
  description: string;
}

/** Sections the input has data for, in print order (what the export dialog offers). */
export function availableSections(input: ReportInput): SectionChoice[] {
  return REPORT_SECTIONS.filter((section) => section.isAvailable(input)).map(({ id, title, description }) => ({ id, title, description }));
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
  const wanted = (section: SectionDefinition) => !input.sections || input.sections.includes(section.id);
  const included: SectionDefinition[] = REPORT_SECTIONS.filter((section) => wanted(section) && section.isAvailable(input));
  const { portfolio } = input.stats;
  return {
    cover: {
      title: 'Sizing report',
      portfolioName: input.portfolioName,
      firstDate: portfolio.firstDate,
      lastDate: portfolio.lastDate,
      capital: input.capital,
      fraction: input.fraction,
      trades: portfolio.trades,
      strategies: input.stats.strategies.map((s) => s.name),
      generatedAt: input.generatedAt,
    },
    sections: included.map((section) => ({ id: section.id, title: section.title, ...section.build(input) })),
    conventions: [...statsConventions(portfolio), ...included.flatMap((section) => section.conventions?.(input) ?? [])],
  };
}
