/**
 * Drift percentiles with the suggested multipliers, next to the Sizing page's current
 * multiplier of each strategy, and the one action that applies the suggestions to the Sizing
 * page (core/app applyLiveMultipliers: each strategy with a suggestion gets it; the others
 * keep theirs).
 */
import type { StrategyComparison } from '../../../core/live';
import { InfoTip } from '../components/InfoTip';
import { Value } from '../components/Value';

export function DriftPanel({ strategies, conventions, current, onApply, applying }: { strategies: StrategyComparison[]; conventions: string[]; current: Record<string, number> | null; onApply(): void; applying: boolean }) {
  const withSuggestion = strategies.filter((s) => s.name !== null && s.suggestedMultiplier !== null);
  const changes = withSuggestion.filter((s) => current !== null && (current[s.name as string] ?? 1) !== s.suggestedMultiplier);
  return (
    <section className="panel panel-spaced live-drift" aria-label="Drift and suggested multipliers" data-testid="live-drift">
      <h2 className="panel-title">
        3. Drift and suggested multipliers <InfoTip label="the drift test" text={conventions.slice(-2).join(' ')} />
      </h2>
      <div className="table-scroll live-table-full">
      <table className="data-table compact live-drift-table">
        <thead>
          <tr>
            <th>Strategy</th>
            <th className="numeric">Closed pairs</th>
            <th className="numeric">Live Σ P/L / ct</th>
            <th className="numeric" title="Sums of n backtest trades per contract drawn by block bootstrap: 5th percentile / median">
              Backtest P5 / median
            </th>
            <th className="numeric">Percentile</th>
            <th>Verdict</th>
            <th className="numeric">Sizing now</th>
            <th className="numeric">Suggested</th>
          </tr>
        </thead>
        <tbody>
          {strategies
            .filter((s) => s.name !== null)
            .map((s) => (
              <tr key={s.name} data-strategy={s.name} className={s.drifting ? 'live-drifting' : undefined}>
                <td className="strategy-name" title={s.name ?? undefined}>
                  {s.name}
                </td>
                <td className="numeric">
                  <Value value={s.driftTrades} kind="count" />
                </td>
                <td className="numeric">
                  <Value value={s.livePlPerContract} kind="money" nullReason={s.nullReasons.livePlPerContract} />
                </td>
                <td className="numeric">
                  <Value value={s.driftBootstrap?.p5 ?? null} kind="money" nullReason={s.nullReasons.driftBootstrap} /> / <Value value={s.driftBootstrap?.p50 ?? null} kind="money" nullReason={s.nullReasons.driftBootstrap} />
                </td>
                <td className="numeric">
                  <Value value={s.driftPercentile} kind="percent" nullReason={s.nullReasons.driftPercentile} />
                </td>
                <td>{s.drifting === null ? <span className="muted" title={s.nullReasons.drifting}>not tested</span> : s.drifting ? <strong className="value-negative">Drifting</strong> : 'Consistent'}</td>
                <td className="numeric">{current === null ? '…' : <Value value={current[s.name as string] ?? 1} kind="ratio" />}</td>
                <td className="numeric" data-testid="suggested-multiplier">
                  <Value value={s.suggestedMultiplier} kind="ratio" nullReason={s.nullReasons.suggestedMultiplier} />
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      </div>
      <div className="live-actions">
        <button type="button" className="button button-primary" onClick={onApply} disabled={applying || changes.length === 0} data-testid="apply-multipliers">
          Apply suggested multipliers to Sizing
        </button>
        <span className="muted">
          {withSuggestion.length === 0
            ? 'No strategy has enough matched closed trades for a suggestion.'
            : changes.length === 0
              ? 'The Sizing page already uses these multipliers.'
              : `Changes ${changes.length} strateg${changes.length === 1 ? 'y' : 'ies'} on the Sizing page: ${changes.map((s) => `${s.name} → ${s.suggestedMultiplier}`).join(', ')}.`}
        </span>
      </div>
    </section>
  );
}
