/**
 * A plain number with a fixed number of decimals (optimal f, TWR, G need more than the two
 * of the shared "ratio" format); from a million up in scientific notation ("1.65e13") with the
 * full value as its hover title, so it never runs into the next column. Null and non-finite
 * values go through the shared formatter, so they render as "—" with the reason.
 */
import { formatFixedCompact } from '../../../core/format/number';
import { Value } from '../components/Value';

export function FixedValue({ value, digits, nullReason }: { value: number | null; digits: number; nullReason?: string }) {
  if (value === null || !Number.isFinite(value)) return <Value value={value} kind="ratio" nullReason={nullReason} />;
  const display = formatFixedCompact(value, digits);
  return (
    <span className="value" title={display.full}>
      {display.text}
    </span>
  );
}
