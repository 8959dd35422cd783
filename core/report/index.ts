/** The report model (sections, tables, charts, conventions) and CSV export of its tables. */
export type * from './types';
export type { ReportInput, SectionContent, SectionDefinition } from './section';
export { buildReportModel, sectionChoices, validateSectionIds, type SectionChoice } from './report-model';
export { nullNotes, STATS_METRIC_LABELS } from './null-notes';
export { monteCarloUnavailable, reportAnalyses, reportRealism, type ReportAnalyses, type ReportAnalysesOptions } from './report-analyses';
export { REPORT_SECTIONS, SECTION_IDS, type SectionId } from './registry';
export { toCsv } from './csv';
export { formatCell, formatNumber } from './format';
export { REPORT_MARGINS_MM, PAPER_MM, REPORT_HEADER_TEMPLATE, contentWidthMm, reportFooterCss, reportFooterTemplate, type ReportPageSize, type ReportPrintPayload } from './print-layout';
export { portfolioDailyReturns } from './daily-returns';
export {
  assembleComparison,
  compareReportScenarios,
  replayableInput,
  DEFAULT_REPORT_SCENARIOS,
  MAX_REPORT_SCENARIOS,
  RECOMMENDATION_SCENARIO,
  reportScenarios,
  storedReplayScenario,
  type ComparisonOptions,
  type NamedScenario,
  type ReplayComparison,
  type ScenarioRun,
  type ScenarioSource,
  type StoredScenario,
} from './replay-scenarios';
export { REPORT_MONTE_CARLO, reportMonteCarloOptions, runReportMonteCarlo, type ReportMonteCarlo } from './monte-carlo-run';
