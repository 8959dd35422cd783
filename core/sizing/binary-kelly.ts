/**
 * Kelly for a binary contract paying 1 (SPEC-metrics §3). Buying YES at price c with
 * probability p: f* = (p − c) / (1 − c). Buying NO at price c_no, P(NO) = 1 − p:
 * f* = ((1 − p) − c_no) / (1 − c_no). f* is the fraction of equity spent on contracts
 * (the stake, lost entirely if wrong). ≤ 0 means no edge at that price.
 * null for p outside [0, 1] or a price outside (0, 1).
 */
export type BinarySide = 'yes' | 'no';

/** `price` is the price of the side bought; `p` is always the model's probability of YES. */
export function binaryKelly(p: number, price: number, side: BinarySide = 'yes'): number | null {
  if (!Number.isFinite(p) || !Number.isFinite(price) || p < 0 || p > 1 || !(price > 0 && price < 1)) return null;
  const win = side === 'yes' ? p : 1 - p;
  return (win - price) / (1 - price);
}
