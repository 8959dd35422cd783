/**
 * The pair list of the Live vs backtest page as a report table, so it exports to CSV with the
 * report's writer (core/report `toCsv`): every pair shown by the filter, raw numbers at full
 * precision, nulls empty.
 */
import { numberCell } from '../../../core/report/cells';
import type { ReportTable } from '../../../core/report';
import type { LivePair } from '../../../core/live';

export const PAIR_TABLE_ID = 'live-vs-backtest-pairs';

export const CATEGORY_LABEL: Record<LivePair['category'], string> = { matched: 'Matched', liveOnly: 'Live only', backtestOnly: 'Backtest only' };

export function pairReportTable(pairs: LivePair[]): ReportTable {
  const text = (value: string | null) => value ?? '';
  return {
    id: PAIR_TABLE_ID,
    title: 'Live vs backtest pairs',
    columns: [
      { label: 'Strategy', align: 'left' },
      { label: 'Live strategy', align: 'left' },
      { label: 'Category', align: 'left' },
      { label: 'Live opened', align: 'left' },
      { label: 'Backtest opened', align: 'left' },
      { label: 'Open time difference (s)', align: 'right' },
      { label: 'Live contracts', align: 'right' },
      { label: 'Live premium / contract', align: 'right' },
      { label: 'Backtest premium / contract', align: 'right' },
      { label: 'Slippage / contract', align: 'right' },
      { label: 'Live P/L / contract', align: 'right' },
      { label: 'Backtest P/L / contract', align: 'right' },
      { label: 'Live exit', align: 'left' },
      { label: 'Backtest exit', align: 'left' },
    ],
    rows: pairs.map((p) => [
      text(p.strategy),
      text(p.liveStrategy),
      CATEGORY_LABEL[p.category],
      text(p.liveOpened),
      text(p.backtestOpened),
      numberCell(p.openTimeDifferenceSeconds, 'integer'),
      numberCell(p.liveContracts, 'integer'),
      numberCell(p.livePremiumPerContract, 'money'),
      numberCell(p.backtestPremiumPerContract, 'money'),
      numberCell(p.slippagePerContract, 'money'),
      numberCell(p.plPerContractLive, 'money'),
      numberCell(p.plPerContractBacktest, 'money'),
      text(p.exitReasonLive),
      text(p.exitReasonBacktest),
    ]),
  };
}
