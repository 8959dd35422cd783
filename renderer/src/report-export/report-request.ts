/**
 * What the report of the open workspace is built from: its name, the current trade filter
 * and the Sizing page's saved settings (capital, Kelly fraction, cap, multipliers, variants
 * tried; the page's defaults when none are saved), read from the workspace settings.
 */
import type { TradeFilter } from '../../../core/stats/types';
import type { ReportModelRequest } from '../../../workers/data-api';
import type { DataClient } from '../data/data-client';
import { restoreSizingSettings, SIZING_SETTINGS_KEY, sizingRequest } from '../sizing/sizing-settings';

export async function reportRequest(data: DataClient, workspace: { name: string; filter: TradeFilter }, sections?: string[]): Promise<ReportModelRequest> {
  const settings = restoreSizingSettings(await data.getSettings(SIZING_SETTINGS_KEY));
  return {
    portfolioName: workspace.name,
    generatedAt: new Date().toISOString(),
    filter: workspace.filter,
    sizing: sizingRequest(settings),
    trials: settings.trials,
    ...(sections ? { sections } : {}),
  };
}
