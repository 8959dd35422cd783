/** The first rejected rows of an import: row number, column and reason. */
import type { RejectedRow } from '../../../core/model';

export function RejectedRowsTable({ rows, total, limit = 50 }: { rows: RejectedRow[]; total: number; limit?: number }) {
  if (total === 0) return null;
  const shown = rows.slice(0, limit);
  return (
    <section className="rejected" aria-label="Rejected rows">
      <h3>
        Rejected rows <span className="muted">(showing {shown.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')})</span>
      </h3>
      <div className="table-scroll table-scroll-short">
        <table className="data-table compact" data-testid="rejected-rows">
          <thead>
            <tr>
              <th className="numeric">Row</th>
              <th>Column</th>
              <th>Reason</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, index) => (
              <tr key={`${row.row}-${row.column}-${index}`}>
                <td className="numeric">{row.row}</td>
                <td>{row.column}</td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
