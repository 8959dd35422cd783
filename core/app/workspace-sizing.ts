/**
 * Use cases of the Sizing page: sizing (Kelly, caps, margin) and edge realism of the
 * filtered trades, with the same starting capital and daily log as the statistics
 * (core/sizing/filtered-sizing does the computation; this layer picks the daily log and the
 * workspace's risk-free setting, the statistics' own).
 */
import { realismFiltered, sizeFiltered, type RealismAnalysis, type RealismRequest, type SizingAnalysis, type SizingRequest } from '../sizing/filtered-sizing';
import type { TradeFilter } from '../stats/types';
import { workspaceRiskFree } from './risk-free-setting';
import { usableDaily } from './usable-daily';
import { effectiveTrials } from './allocate-run';
import type { WorkspaceContent } from './workspace-content';

export function workspaceSizing(content: WorkspaceContent, filter: TradeFilter, request: SizingRequest): SizingAnalysis {
  return sizeFiltered(content.trades, usableDaily(content).daily, filter, request);
}

/** Edge realism; the trials are the variants entered plus the workspace's allocation configurations tried (the note says so). */
export function workspaceRealism(content: WorkspaceContent, filter: TradeFilter, request: RealismRequest): RealismAnalysis {
  const { trials, note } = effectiveTrials(request.trials, content.allocationTrials ?? 0);
  const analysis = realismFiltered(content.trades, usableDaily(content).daily, filter, Number.isInteger(request.trials) && request.trials >= 1 ? { ...request, trials } : request, workspaceRiskFree(content));
  return analysis.ok ? { ...analysis, trialsNote: note } : analysis;
}
