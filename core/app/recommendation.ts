/**
 * Use case: "simulate this recommendation" (issue 18 §1, one recommendation everywhere) — the
 * Sizing page's placeable contracts per strategy, from the workspace's saved Sizing settings
 * (or the defaults), as a replay / Monte Carlo sizing rule of fixed contracts per strategy,
 * with the recommendation stated in words. The contracts come from workspaceSizing (the Sizing
 * page's own analysis: the same path), never from a second copy of the placeable rule.
 * A strategy without placeable contracts (no edge, no risk unit, a cap at 0) is at 0: not traded.
 */
import { formatDigits, formatText } from '../format/number';
import type { SizingRule } from '../replay/types';
import type { TradeFilter } from '../stats/types';
import type { SizingReport } from '../sizing/analyze';
import { FRACTION_PRESETS, restoreSizingSettings, sizingRequest, type SizingSettings } from './sizing-settings';
import type { WorkspaceContent } from './workspace-content';
import { workspaceSizing } from './workspace-sizing';

export interface Recommendation {
  /** Fixed contracts per strategy (the placeable contracts; 0 where the Sizing page places none). */
  rule: Extract<SizingRule, { kind: 'per-strategy' }>;
  /** Capital the contracts were computed at (the Sizing page's). */
  capital: number;
  /** Margin ceiling of the placeable caps (fraction of capital; null = lifted) and the broker margin multiplier. */
  marginCeiling: number | null;
  marginMultiplier: number;
  /** "the Sizing page's recommendation: CCS 6, PCS 0 contracts at half Kelly of the growth-optimal fraction, …". */
  statement: string;
}

export type RecommendationOutcome = { ok: true; recommendation: Recommendation } | { ok: false; message: string };

/** "half Kelly", "62% of Kelly" — the fraction in words (the Sizing page's presets by name). */
function fractionWords(fraction: number): string {
  const preset = FRACTION_PRESETS.find((p) => p.fraction === fraction);
  if (preset) return `${preset.label.toLowerCase()} Kelly`;
  return `${formatDigits(fraction, 'percent', 0)} of Kelly`;
}

function capWords(share: number | null, lifted: string, bound: (text: string) => string): string {
  return share === null ? lifted : bound(formatDigits(share, 'percent', 0));
}

/** The recommendation of a Sizing analysis (its placeable contracts, fraction, caps and capital). */
export function recommendationOf(report: SizingReport): Recommendation {
  const { limits } = report;
  const contracts: Record<string, number> = {};
  for (const entry of report.strategies) contracts[entry.name] = entry.placeableContracts ?? 0;
  const list = report.strategies.map((entry) => `${entry.name} ${contracts[entry.name]}`).join(', ');
  const of = report.kellyOf === 'growth-optimal' ? 'the growth-optimal fraction' : 'the classic p − q/b';
  const ceiling = capWords(
    limits.marginCeiling,
    'with the margin ceiling lifted',
    (text) => `placeable under a ${text} margin ceiling${limits.marginMultiplier !== 1 ? ` (recorded margin × ${formatDigits(limits.marginMultiplier, 'ratio')} broker multiplier)` : ''}`,
  );
  const loss = capWords(limits.lossShare, 'no worst-loss cap', (text) => `one repeat of the worst loss ≤ ${text} of capital`);
  const total = capWords(limits.totalFraction, 'no cap on the total fraction', (text) => `fractions ≤ ${text} in total`);
  return {
    rule: { kind: 'per-strategy', contracts },
    capital: report.capital,
    marginCeiling: limits.marginCeiling,
    marginMultiplier: limits.marginMultiplier,
    statement: `the Sizing page's recommendation: ${list} contracts at ${fractionWords(report.fraction)} of ${of}, ${ceiling}, ${loss}, ${total}, at a capital of ${formatText(report.capital, 'money')}`,
  };
}

/** The recommendation of the workspace's saved Sizing settings (`settings` overrides them, e.g. the CLI's defaults). */
export function workspaceRecommendation(content: WorkspaceContent, filter: TradeFilter, settings: SizingSettings = restoreSizingSettings(content.sizingSettings)): RecommendationOutcome {
  const analysis = workspaceSizing(content, filter, sizingRequest(settings));
  if (!analysis.ok) return { ok: false, message: analysis.errors.map((e) => e.message).join(' ') };
  return { ok: true, recommendation: recommendationOf(analysis.report) };
}
