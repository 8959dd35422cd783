/**
 * The unit of a binary-contract price column, decided once for the whole column: prices are
 * dollars per contract in (0, 1), but many exchange exports write cents (1–99). A column is
 * read as cents when most of its values (more than half) are above 1, otherwise as dollars.
 * A value that does not fit the chosen unit is then a rejected row (never silently rescaled
 * one row at a time): 0.45 in a cents column, 45 or 1 in a dollars column.
 */
export type PriceUnitName = 'dollars' | 'cents';

export const CENTS_MAX = 99;

export function detectPriceUnit(values: readonly number[]): PriceUnitName {
  let above1 = 0;
  for (const value of values) if (value > 1) above1++;
  return above1 * 2 > values.length ? 'cents' : 'dollars';
}

/** The price in dollars, or the reason it is not a price in that unit. */
export function priceInDollars(value: number, unit: PriceUnitName): number | string {
  if (unit === 'cents') {
    if (!(value >= 1 && value <= CENTS_MAX)) return `price ${value} is outside 1–99 (the column is in cents)`;
    return Math.round(value * 1e6) / 1e8;
  }
  if (!(value > 0 && value < 1)) return `price ${value} is outside 0–1 (the column is in dollars per contract; a contract pays 1)`;
  return value;
}
