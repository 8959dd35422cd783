/**
 * One formatted number: money in red when negative, "—" with the reason as tooltip when
 * the metric is undefined. The only way the UI renders a statistic. Money from a million up
 * is compact ("$15.5M", "$1.9T") with the exact amount as the hover title, so a card or a
 * table cell never cuts a value; ratios from a million up are scientific ("2.83e20") with the
 * grouped value on hover; CSV exports write the raw number.
 */
import { formatMoneyCompact, formatRatioCompact, formatValue, type ValueKind } from '../../../core/format/number';

export function Value({ value, kind, nullReason }: { value: number | null | undefined; kind: ValueKind; nullReason?: string }) {
  const display = kind === 'money' ? formatMoneyCompact(value, nullReason) : kind === 'ratio' ? formatRatioCompact(value, nullReason) : formatValue(value, kind, nullReason);
  const className = display.missingReason ? 'value value-missing' : display.negative ? 'value value-negative' : 'value';
  return (
    <span className={className} title={display.missingReason ?? display.full}>
      {display.text}
    </span>
  );
}
