/**
 * The generic adapter's fields as the mapping dialog presents them, and the choices of
 * date format and decimal separator it offers.
 */
import type { ColumnMapping, GenericField, GenericOptions } from '../../../core/model';

export interface FieldInfo {
  field: GenericField;
  label: string;
  hint: string;
}

export const genericFields: FieldInfo[] = [
  { field: 'opened', label: 'Date opened', hint: 'Date (and time) the trade was opened.' },
  { field: 'closed', label: 'Date closed', hint: 'Date the trade was closed; P/L is realized on this day.' },
  { field: 'strategy', label: 'Strategy', hint: 'Strategy name; blank becomes "Unknown".' },
  { field: 'symbol', label: 'Symbol', hint: 'Ticker or underlying (used as the strategy when no strategy column exists).' },
  { field: 'quantity', label: 'Quantity', hint: 'Contracts, shares or units.' },
  { field: 'pl', label: 'P/L', hint: 'Realized profit or loss of the trade.' },
  { field: 'fees', label: 'Fees', hint: 'Commissions and fees of the trade.' },
  { field: 'margin', label: 'Margin', hint: 'Margin or capital used by the trade.' },
  { field: 'entryPrice', label: 'Entry price', hint: 'Price at entry.' },
  { field: 'exitPrice', label: 'Exit price', hint: 'Price at exit.' },
  { field: 'side', label: 'Side', hint: 'Long/short or buy/sell.' },
];

export const dateFormatChoices: { value: string; label: string }[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'YYYY-MM-DD', label: 'YYYY-MM-DD (2025-01-31)' },
  { value: 'MM/DD/YYYY', label: 'MM/DD/YYYY (01/31/2025)' },
  { value: 'DD/MM/YYYY', label: 'DD/MM/YYYY (31/01/2025)' },
  { value: 'DD.MM.YYYY', label: 'DD.MM.YYYY (31.01.2025)' },
];

export const decimalChoices: { value: GenericOptions['decimal']; label: string }[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: '.', label: 'Point (1,234.50)' },
  { value: ',', label: 'Comma (1.234,50)' },
];

export const defaultGenericOptions: GenericOptions = { mapping: {}, dateFormat: 'auto', decimal: 'auto', plIncludesFees: true };

/** Sets or clears one field of a mapping (an empty column means "not in the file"). */
export function withField(mapping: ColumnMapping, field: GenericField, column: string): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  if (column) next[field] = column;
  else delete next[field];
  return next;
}

/** True when two mappings assign the same columns to the same fields. */
export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  return genericFields.every(({ field }) => (a[field] ?? '') === (b[field] ?? ''));
}

/** The sample rows projected onto the mapped fields, for the live preview table. */
export function mappedSample(headers: string[], rows: string[][], mapping: ColumnMapping): { fields: FieldInfo[]; rows: string[][] } {
  const fields = genericFields.filter(({ field }) => mapping[field] !== undefined && headers.includes(mapping[field]!));
  const indexes = fields.map(({ field }) => headers.indexOf(mapping[field]!));
  return { fields, rows: rows.map((row) => indexes.map((index) => row[index] ?? '')) };
}
