// Mapping-dialog helpers: setting/clearing a field, comparing mappings, projecting sample rows.
import { describe, expect, it } from 'vitest';
import { genericFields, mappedSample, sameMapping, withField } from '../../../renderer/src/import/generic-fields';

describe('generic mapping helpers', () => {
  it('offers every field of the generic adapter', () => {
    expect(genericFields.map((info) => info.field)).toEqual(['opened', 'closed', 'strategy', 'symbol', 'quantity', 'pl', 'fees', 'margin', 'entryPrice', 'exitPrice', 'side']);
  });

  it('sets a field and clears it with an empty column', () => {
    const mapping = withField({ opened: 'Date' }, 'pl', 'Net P/L');
    expect(mapping).toEqual({ opened: 'Date', pl: 'Net P/L' });
    expect(withField(mapping, 'opened', '')).toEqual({ pl: 'Net P/L' });
  });

  it('compares mappings field by field', () => {
    expect(sameMapping({ opened: 'Date', pl: 'P/L' }, { pl: 'P/L', opened: 'Date' })).toBe(true);
    expect(sameMapping({ opened: 'Date' }, { opened: 'Date', fees: 'Fees' })).toBe(false);
  });

  it('projects sample rows onto the mapped fields in field order', () => {
    const headers = ['Net P/L', 'Symbol', 'Open Date'];
    const rows = [['756,00', 'SPX', '02.01.2025'], ['-735,00', 'SPX']];
    const sample = mappedSample(headers, rows, { pl: 'Net P/L', opened: 'Open Date', fees: 'Missing column' });
    expect(sample.fields.map((info) => info.field)).toEqual(['opened', 'pl']);
    expect(sample.rows).toEqual([['02.01.2025', '756,00'], ['', '-735,00']]);
  });
});
