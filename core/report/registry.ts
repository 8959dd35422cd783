/**
 * The report's sections, in print order. Adding a section is one line here plus its module
 * (see README-sections.md); the export dialog, the CLI `--sections` option and the report
 * model all read this list.
 */
import { betsSection } from './sections/bets';
import { equityDrawdownSection } from './sections/equity-drawdown';
import { liveSection } from './sections/live';
import { kellySizingSection } from './sections/kelly-sizing';
import { marginUtilisationSection } from './sections/margin-utilisation';
import { monteCarloSection } from './sections/monte-carlo';
import { portfolioStatisticsSection } from './sections/portfolio-statistics';
import { realismSection } from './sections/realism';
import { replayComparisonSection } from './sections/replay-comparison';
import { strategiesSection } from './sections/strategies';
import { warningsSection } from './sections/warnings';
import { sizingTargetsSection } from './sections/sizing-targets';
import { allocationSection } from './sections/allocation';

export const REPORT_SECTIONS = [
  portfolioStatisticsSection,
  equityDrawdownSection,
  strategiesSection,
  kellySizingSection,
  marginUtilisationSection,
  sizingTargetsSection,
  realismSection,
  replayComparisonSection,
  monteCarloSection,
  liveSection,
  betsSection,
  allocationSection,
  warningsSection,
] as const;

export type SectionId = (typeof REPORT_SECTIONS)[number]['id'];

export const SECTION_IDS: readonly SectionId[] = REPORT_SECTIONS.map((section) => section.id);
