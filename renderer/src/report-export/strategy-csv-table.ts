/**
 * The Overview's per-strategy table as a report table, so it exports to CSV with the same
 * writer as the report tables (core/report `toCsv`): the columns the Overview shows, raw
 * numbers at full precision, undefined metrics empty.
 */
import { numberCell } from '../../../core/report/cells';
import type { NumberFormat, ReportTable } from '../../../core/report';
import type { StrategyStats } from '../../../core/stats/types';
import type { ValueKind } from '../../../core/format/number';
import { strategyColumns } from '../metrics';

const FORMAT_OF: Record<ValueKind, NumberFormat> = { money: 'money', amount: 'money', percent: 'percent', ratio: 'decimal', count: 'integer', days: 'decimal', 'business-days': 'decimal', 'trading-days': 'decimal' };

export const STRATEGY_TABLE_ID = 'overview-strategies';

export function strategyReportTable(strategies: StrategyStats[]): ReportTable {
  return {
    id: STRATEGY_TABLE_ID,
    title: 'Strategies',
    columns: [{ label: 'Strategy', align: 'left' }, ...strategyColumns.map((column) => ({ label: column.header, align: 'right' as const }))],
    rows: strategies.map((strategy) => [strategy.name, ...strategyColumns.map((column) => numberCell(column.value(strategy), FORMAT_OF[column.kind]))]),
  };
}
