/**
 * What the report of the open workspace is built from: its name, the current trade filter
 * and the sections. The data worker reads the Sizing page's saved settings itself (core/app
 * buildReport), so the app and `sizewise report` of the saved workspace size alike.
 */
import type { TradeFilter } from '../../../core/stats/types';
import type { ReportModelRequest } from '../../../workers/data-api';

export function reportRequest(workspace: { name: string; filter: TradeFilter }, sections?: string[]): ReportModelRequest {
  return {
    portfolioName: workspace.name,
    generatedAt: new Date().toISOString(),
    filter: workspace.filter,
    ...(sections ? { sections } : {}),
  };
}
