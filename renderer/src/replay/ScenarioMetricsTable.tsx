/**
 * The side-by-side metrics of the compared scenarios: one row each, with the skipped
 * trades expandable into their reasons. Clicking a scenario's name selects it for editing.
 */
import { Fragment, useState } from 'react';
import { SKIP_REASON_TEXT, SKIP_REASONS, type ScenarioMetricId } from '../../../core/replay';
import { InfoTip } from '../components/InfoTip';
import { Value } from '../components/Value';
import { formatDate, formatText, type ValueKind } from '../../../core/format/number';
import { replayConventions } from './replay-conventions';
import { SCENARIO_COLORS } from './scenario-model';
import type { ReplayEntry } from './use-replay';

interface Column {
  id: string;
  header: string;
  tip: string;
  kind: ValueKind;
  value(entry: ReplayEntry): number | null;
  /** Which of the result's nullReasons explains a "—" here. */
  metric?: ScenarioMetricId;
}

const COLUMNS: Column[] = [
  { id: 'final', header: 'Final equity', tip: replayConventions.finalEquity, kind: 'money', value: (e) => e.result.finalEquity },
  { id: 'cagr', header: 'CAGR', tip: replayConventions.cagr, kind: 'percent', value: (e) => e.result.cagr, metric: 'cagr' },
  { id: 'maxdd', header: 'Max drawdown', tip: replayConventions.maxDrawdown, kind: 'percent', value: (e) => e.result.maxDrawdown },
  { id: 'mar', header: 'MAR', tip: replayConventions.mar, kind: 'ratio', value: (e) => e.result.mar, metric: 'mar' },
  { id: 'sharpe', header: 'Sharpe', tip: replayConventions.sharpe, kind: 'ratio', value: (e) => e.result.sharpe, metric: 'sharpe' },
  { id: 'taken', header: 'Taken', tip: replayConventions.trades, kind: 'count', value: (e) => e.result.tradesTaken },
];

const TRAILING: Column[] = [
  { id: 'maxContracts', header: 'Max contracts', tip: replayConventions.maxContracts, kind: 'count', value: (e) => e.result.maxContracts },
  { id: 'peakMargin', header: 'Peak margin use', tip: replayConventions.peakMarginUse, kind: 'percent', value: (e) => e.result.peakMarginUse },
];

/** Core's reason for a "—" in this scenario's row. */
function nullReasonOf(column: Column, entry: ReplayEntry): string | undefined {
  const reason = column.metric && entry.result.nullReasons[column.metric];
  return reason ? `Undefined: ${reason}.` : undefined;
}

function skipSummary(entry: ReplayEntry): string {
  const parts = SKIP_REASONS.filter((reason) => entry.result.skippedByReason[reason] > 0).map((reason) => `${formatText(entry.result.skippedByReason[reason], 'count')} ${SKIP_REASON_TEXT[reason]}`);
  return parts.length > 0 ? parts.join('; ') : 'No trade skipped';
}

interface TableProps {
  entries: ReplayEntry[];
  colorIndex(id: string): number;
  selectedId: string | null;
  onSelect(id: string): void;
}

function HeaderCell({ header, tip }: { header: string; tip: string }) {
  return (
    <th className="numeric" scope="col">
      <span className="th-with-tip">
        {header} <InfoTip text={tip} label={header} />
      </span>
    </th>
  );
}

export function ScenarioMetricsTable({ entries, colorIndex, selectedId, onSelect }: TableProps) {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const span = COLUMNS.length + TRAILING.length + 2;

  return (
    <div className="table-scroll">
      <table className="data-table compact replay-table" data-testid="replay-metrics">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            {COLUMNS.map((column) => (
              <HeaderCell key={column.id} header={column.header} tip={column.tip} />
            ))}
            <HeaderCell header="Skipped" tip={replayConventions.trades} />
            {TRAILING.map((column) => (
              <HeaderCell key={column.id} header={column.header} tip={column.tip} />
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const id = entry.draft.id;
            const open = expanded.has(id);
            const cells = (columns: Column[]) =>
              columns.map((column) => (
                <td key={column.id} className="numeric" data-column={column.id}>
                  <Value value={column.value(entry)} kind={column.kind} nullReason={nullReasonOf(column, entry)} />
                </td>
              ));
            return (
              <Fragment key={id}>
                <tr data-scenario={entry.draft.name} className={id === selectedId ? 'is-selected' : undefined}>
                  <td className="scenario-cell">
                    <button type="button" className="scenario-link" onClick={() => onSelect(id)} title={`Edit "${entry.draft.name}" (${entry.result.rule})`}>
                      <span className="swatch" style={{ background: SCENARIO_COLORS[colorIndex(id) % SCENARIO_COLORS.length] }} aria-hidden="true" />
                      <span className="scenario-name">{entry.draft.name}</span>
                      <span className="scenario-rule">{entry.result.rule}</span>
                      {entry.result.ruin && (
                        <span className="ruin-badge" data-testid="ruin-badge" title={`Equity reached ${formatText(entry.result.ruin.equity, 'money')}: no trade opened afterwards; max drawdown 100%.`}>
                          Ruined {formatDate(entry.result.ruin.date)}
                        </span>
                      )}
                    </button>
                  </td>
                  {cells(COLUMNS)}
                  <td className="numeric" data-column="skipped">
                    <button type="button" className="skip-toggle" aria-expanded={open} title={skipSummary(entry)} onClick={() => toggle(id)} disabled={entry.result.tradesSkipped === 0}>
                      {formatText(entry.result.tradesSkipped, 'count')} {entry.result.tradesSkipped > 0 && <span aria-hidden="true">{open ? '▴' : '▾'}</span>}
                    </button>
                  </td>
                  {cells(TRAILING)}
                </tr>
                {open && (
                  <tr className="skip-details">
                    <td colSpan={span}>
                      <strong>{entry.draft.name}</strong> skipped: {skipSummary(entry)}
                      {entry.result.cappedByMarginCeiling > 0 && ` · ${formatText(entry.result.cappedByMarginCeiling, 'count')} taken trades cut by the margin ceiling`}.
                    </td>
                  </tr>
                )}
                {entry.result.warnings.length > 0 && (
                  <tr className="skip-details scenario-warning">
                    <td colSpan={span}>
                      <strong>{entry.draft.name}</strong>: {entry.result.warnings.join('; ')}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
