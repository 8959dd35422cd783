/**
 * Live vs backtest (issue 14), the one orchestration of the use case: map the live strategy
 * names to backtest strategies (confirmed pairs, else suggestions), match trades per mapped
 * strategy inside the comparison window, measure every pair and every strategy, test each
 * strategy's live record for drift against its backtest and suggest a size multiplier. The
 * result is plain JSON (the CLI's `compare --json`); every number is finite and every null
 * carries its reason.
 */
import type { ReportingTrade, Trade } from '../model';
import { compareText } from '../import/sort-trades';
import { comparisonWindow } from './comparison-window';
import { liveConventions } from './conventions';
import { bootstrapDrift } from './drift';
import { livePair } from './live-pair';
import { matchStrategy } from './match-trades';
import { suggestedMultiplier } from './multiplier';
import { resolveCompareOptions } from './options';
import { resolveMapping, type ResolvedPair } from './resolve-mapping';
import { proposeStrategyMapping } from './strategy-mapping';
import { summarizeStrategy } from './strategy-summary';
import { backtestSides, liveSides, type TradeSide } from './trade-side';
import type { CompareLiveOptions, CompareLiveOutcome, LivePair, NullReasons, ResolvedCompareOptions, StrategyComparison } from './types';

interface Row {
  name: string | null;
  liveNames: string[];
  /** Aligned with liveNames. */
  mappings: ResolvedPair[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push(item);
  }
  return groups;
}

function pairOrder(a: LivePair, b: LivePair): number {
  return compareText(a.liveOpened ?? (a.backtestOpened as string), b.liveOpened ?? (b.backtestOpened as string)) || compareText(a.backtestOpened ?? '', b.backtestOpened ?? '');
}

/** The rows of the strategy table: every backtest strategy (with the live names mapped to it), then live names mapped to none. */
function strategyRows(backtestNames: string[], byLive: Map<string, ResolvedPair>): Row[] {
  const rows: Row[] = backtestNames.map((name) => {
    const live = [...byLive].filter(([, m]) => m.backtestName === name).map(([l]) => l).sort(compareText);
    return { name, liveNames: live, mappings: live.map((l) => byLive.get(l) as ResolvedPair) };
  });
  for (const [live, m] of [...byLive].sort((a, b) => compareText(a[0], b[0]))) if (m.backtestName === null) rows.push({ name: null, liveNames: [live], mappings: [m] });
  return rows;
}

/** Several live names map to one backtest strategy only by confirmation (suggestions are one-to-one). */
function mappingFields(row: Row): { fields: Pick<StrategyComparison, 'mappingSource' | 'mappingScore' | 'mappingReason'>; reason: string | null } {
  const [first] = row.mappings;
  if (first === undefined) return { fields: { mappingSource: 'none', mappingScore: null, mappingReason: 'no live strategy is mapped to this backtest strategy' }, reason: 'not mapped' };
  if (row.mappings.length > 1) {
    const reason = row.mappings.map((m, i) => `"${row.liveNames[i]}": ${m.reason}`).join('; ');
    return { fields: { mappingSource: 'confirmed', mappingScore: null, mappingReason: reason }, reason: 'several live names are mapped to it' };
  }
  const reason = first.score !== null ? null : first.backtestName === null ? 'no backtest strategy is mapped to this live strategy' : 'confirmed for names without common trading days or name words';
  return { fields: { mappingSource: first.source, mappingScore: first.score, mappingReason: first.reason }, reason };
}

function drift(row: Row, backtestOfRow: readonly Trade[], counts: ReturnType<typeof summarizeStrategy>, o: ResolvedCompareOptions, warnings: string[]): Pick<StrategyComparison, 'driftPercentile' | 'drifting' | 'driftBootstrap' | 'driftTrades' | 'suggestedMultiplier'> & { reasons: NullReasons } {
  const none = (reason: string) => ({ driftPercentile: null, drifting: null, driftBootstrap: null, driftTrades: counts.closedPairs, suggestedMultiplier: null, reasons: { driftPercentile: reason, drifting: reason, driftBootstrap: reason, suggestedMultiplier: reason } });
  if (row.name === null) return none('no backtest strategy to compare with');
  if (row.liveNames.length === 0) return none('not traded live');
  if (counts.closedPairs < o.minDriftTrades) return none(`${counts.closedPairs} matched closed pair${counts.closedPairs === 1 ? '' : 's'}; drift needs at least ${o.minDriftTrades}`);
  const outcome = bootstrapDrift(backtestOfRow, counts.livePlPerContract as number, counts.closedPairs, { sims: o.sims, seed: o.seed, meanBlockLength: o.meanBlockLength });
  if (!outcome.ok) return none(outcome.reason);
  warnings.push(...outcome.warnings.map((w) => `${row.name} drift: ${w}`));
  return {
    driftPercentile: outcome.percentile,
    drifting: outcome.percentile < o.driftPercentile,
    driftBootstrap: outcome.bootstrap,
    driftTrades: counts.closedPairs,
    suggestedMultiplier: suggestedMultiplier(outcome.percentile, o.driftPercentile, o.cutPercentile),
    reasons: {},
  };
}

export function compareLive(backtestTrades: readonly Trade[], liveTrades: readonly ReportingTrade[], options: CompareLiveOptions = {}): CompareLiveOutcome {
  const resolved = resolveCompareOptions(options);
  if (!resolved.ok) return resolved;
  const o = resolved.options;
  const warnings: string[] = [];

  const backtestRecords = backtestSides(backtestTrades);
  const liveRecords = liveSides(liveTrades);
  const span = comparisonWindow(
    backtestRecords.map((t) => t.date),
    liveRecords.map((t) => t.date),
  );
  const proposals = proposeStrategyMapping(backtestTrades, liveTrades, o.minMappingScore);
  const backtestByName = groupBy(backtestRecords, (t) => t.strategy);
  const liveByName = groupBy(liveRecords, (t) => t.strategy);
  const mapping = resolveMapping(new Set(liveByName.keys()), new Set(backtestByName.keys()), proposals.candidates, o.mapping, o.minMappingScore);
  if (!mapping.ok) return mapping;

  const strategies: StrategyComparison[] = [];
  const pairs: LivePair[] = [];
  for (const row of strategyRows([...backtestByName.keys()].sort(compareText), mapping.byLive)) {
    const backtest: TradeSide[] = row.name === null ? [] : (backtestByName.get(row.name) ?? []);
    const live = row.liveNames.flatMap((n) => liveByName.get(n) ?? []);
    const match = matchStrategy(backtest, live, span, o.toleranceMinutes * 60);
    const liveName = row.liveNames.length === 0 ? null : row.liveNames.join(' + ');
    const rows = [
      ...match.matched.map((p) => livePair(row.name, p.live.strategy, p.live, p.backtest)),
      ...match.liveOnly.map((t) => livePair(row.name, t.strategy, t, null)),
      ...match.backtestOnly.map((t) => livePair(row.name, liveName, null, t)),
    ].sort(pairOrder);
    pairs.push(...rows);

    const counts = summarizeStrategy(rows, match.outsideLive.length, match.outsideBacktest.length);
    const backtestOfRow = backtest.map((t) => backtestTrades[t.index]);
    const { reasons, ...driftFields } = drift(row, backtestOfRow, counts, o, warnings);
    const nullReasons: NullReasons = { ...counts.nullReasons, ...reasons };
    if (row.name === null) nullReasons.name = 'no backtest strategy is mapped to this live strategy';
    if (liveName === null) nullReasons.liveName = 'not traded live: no live strategy is mapped to it';
    const mapped = mappingFields(row);
    if (mapped.reason !== null) nullReasons.mappingScore = mapped.reason;
    strategies.push({ name: row.name, liveName, liveNames: row.liveNames, ...mapped.fields, ...counts, ...driftFields, nullReasons });
  }

  return {
    ok: true,
    comparison: {
      window: span.from === null ? { from: null, to: null, nullReasons: { from: span.reason, to: span.reason } } : { from: span.from, to: span.to, nullReasons: {} },
      strategies,
      pairs,
      mappingCandidates: proposals.candidates,
      conventions: liveConventions(o),
      warnings,
    },
  };
}
