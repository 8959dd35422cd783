/** Sum of P/L rounded to the cent, for the import tests (floating-point sums of cents are not exact). */
export function totalPl(records: { pl: number }[]): number {
  return Math.round(records.reduce((sum, r) => sum + r.pl, 0) * 100) / 100;
}
