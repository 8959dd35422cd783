/**
 * A plain number with a fixed number of decimals (optimal f, TWR, G need more than the two
 * of the shared "ratio" format). Null and non-finite values go through the shared
 * formatter, so they render as "—" with the reason, like every other number.
 */
import { Value } from '../components/Value';

export function FixedValue({ value, digits, nullReason }: { value: number | null; digits: number; nullReason?: string }) {
  if (value === null || !Number.isFinite(value)) return <Value value={value} kind="ratio" nullReason={nullReason} />;
  return <span className="value">{value.toFixed(digits)}</span>;
}
