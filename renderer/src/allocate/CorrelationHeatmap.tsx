/**
 * The correlation heat map of the Allocate page: every pair's coefficient (method, period and
 * basis stated), coloured blue (negative) to red (positive), with the days both inputs were
 * active; a pair with fewer than 30 shared active days is greyed with the reason in its
 * tooltip. Columns are numbered (the row header names them), so 19–20 inputs stay readable;
 * every cell's tooltip names both inputs. "Export CSV" writes the matrix and the shared days.
 */
import type { CorrelationResult } from '../../../core/allocate';
import { MIN_SHARED_DAYS } from '../../../core/allocate/correlation';
import { numberCell } from '../../../core/report/cells';
import type { ReportTable } from '../../../core/report';
import { formatDigits } from '../../../core/format/number';
import { useReportExportContext } from '../report-export/report-export-context';

const METHOD_LABEL: Record<CorrelationResult['method'], string> = { pearson: 'Pearson', spearman: 'Spearman', kendall: 'Kendall τ-b' };

/** Blue for −1, white for 0, red for +1. */
function cellColor(value: number): string {
  const a = Math.min(1, Math.abs(value));
  const [r, g, b] = value >= 0 ? [220, 38, 38] : [37, 99, 235];
  const mix = (c: number) => Math.round(255 + (c - 255) * a * 0.85);
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
}

export function correlationCsvTable(c: CorrelationResult): ReportTable {
  return {
    id: `allocation-correlation-${c.method}`,
    title: `${METHOD_LABEL[c.method]} correlation on ${c.basis === 'pl' ? 'P/L' : 'returns'}`,
    columns: [{ label: 'Input', align: 'left' }, ...c.names.map((n) => ({ label: n, align: 'right' as const })), ...c.names.map((n) => ({ label: `Shared active days: ${n}`, align: 'right' as const }))],
    rows: c.names.map((name, i) => [name, ...c.matrix[i].map((v) => numberCell(v, 'decimal')), ...c.sharedDays[i].map((d) => numberCell(d, 'integer'))]),
  };
}

export function CorrelationHeatmap({ correlation, periodLabel }: { correlation: CorrelationResult; periodLabel: string }) {
  const { exportCsv } = useReportExportContext();
  const { names, matrix, sharedDays, notes } = correlation;
  const greyed = notes.flat().filter((n) => n !== null).length / 2;
  return (
    <section className="panel panel-spaced" aria-label="Correlation" data-testid="allocate-correlation">
      <div className="allocate-section-head">
        <h2 className="panel-title">Correlation</h2>
        <span className="muted">
          {METHOD_LABEL[correlation.method]} on {correlation.basis === 'pl' ? 'P/L' : 'returns'}, {periodLabel}; each cell shows the coefficient and, below it, the periods both inputs were active. Pairs with fewer than {MIN_SHARED_DAYS} shared active periods are greyed{greyed > 0 ? ` (${greyed} here)` : ''}.
        </span>
        <button type="button" className="button button-quiet" onClick={() => exportCsv(correlationCsvTable(correlation))} title="Save the correlation matrix and shared days as a CSV file">
          Export CSV
        </button>
      </div>
      <div className="table-scroll allocate-heatmap-scroll">
        <table className="allocate-heatmap" data-testid="allocate-heatmap">
          <thead>
            <tr>
              <th className="allocate-heatmap-corner" scope="col">
                Input
              </th>
              {names.map((name, j) => (
                <th key={name} scope="col" title={name}>
                  {j + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((name, i) => (
              <tr key={name}>
                <th scope="row" className="allocate-heatmap-name" title={name}>
                  <span className="allocate-heatmap-index">{i + 1}</span> {name}
                </th>
                {names.map((other, j) => {
                  const value = matrix[i][j];
                  const note = notes[i][j];
                  const tip = `${name} × ${other}: ${value === null ? '—' : formatDigits(value, 'ratio', 3)}; ${sharedDays[i][j]} shared active periods${note ? ` — ${note}` : ''}`;
                  const grey = note !== null || value === null;
                  return (
                    <td key={other} className={grey ? 'allocate-heatmap-cell is-greyed' : 'allocate-heatmap-cell'} style={grey ? undefined : { background: cellColor(value) }} title={tip} data-greyed={grey ? 'true' : undefined}>
                      <span className="allocate-heatmap-value">{value === null ? '—' : formatDigits(value, 'ratio', 2)}</span>
                      <span className="allocate-heatmap-days">{sharedDays[i][j]}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
