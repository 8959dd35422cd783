/**
 * A report table for print: the header repeats on every page the table spans, rows never
 * split across pages. With `onExportCsv`, a screen-only button exports the table as CSV.
 */
import { formatCell, formatNumber, type ReportCell, type ReportTable as ReportTableData } from '../../../core/report';

/** The exact amount behind a compact money cell ("15.5M"), as its hover title in the report page. */
function fullTitle(cell: ReportCell): string | undefined {
  return cell !== null && typeof cell !== 'string' && cell.format === 'money' && Math.abs(cell.value) >= 1e6 ? formatNumber(cell.value, 'money') : undefined;
}

export interface ReportTableProps {
  table: ReportTableData;
  /** False when the section heading already names the table. */
  showTitle?: boolean;
  onExportCsv?: (table: ReportTableData) => void;
}

export function ReportTable({ table, showTitle = true, onExportCsv }: ReportTableProps) {
  return (
    <div className="report-table-block">
      <div className="report-table-title">
        {showTitle ? <h3>{table.title}</h3> : <span />}
        {onExportCsv && (
          <button type="button" className="report-screen-only" onClick={() => onExportCsv(table)}>
            Export CSV
          </button>
        )}
      </div>
      <table className="report-table" data-table-id={table.id}>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.label} className={column.align === 'right' ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={table.columns[c]?.align === 'right' ? 'num' : undefined} title={fullTitle(cell)}>
                  {formatCell(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
