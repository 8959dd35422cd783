/**
 * One formatted number: money in red when negative, "—" with the reason as tooltip when
 * the metric is undefined. The only way the UI renders a statistic.
 */
import { formatValue, type ValueKind } from '../../../core/format/number';

export function Value({ value, kind, nullReason }: { value: number | null | undefined; kind: ValueKind; nullReason?: string }) {
  const display = formatValue(value, kind, nullReason);
  const className = display.missingReason ? 'value value-missing' : display.negative ? 'value value-negative' : 'value';
  return (
    <span className={className} title={display.missingReason}>
      {display.text}
    </span>
  );
}
