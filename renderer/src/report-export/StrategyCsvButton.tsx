/** "Export CSV" for the Overview's per-strategy table (the columns it shows, full precision). */
import type { StrategyStats } from '../../../core/stats/types';
import { useReportExportContext } from './report-export-context';
import { strategyReportTable } from './strategy-csv-table';

export function StrategyCsvButton({ strategies }: { strategies: StrategyStats[] }) {
  const { exportCsv } = useReportExportContext();
  return (
    <button type="button" className="button button-quiet" onClick={() => exportCsv(strategyReportTable(strategies))} title="Save this table as a CSV file">
      Export CSV
    </button>
  );
}
