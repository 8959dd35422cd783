// Date and time parsing: formats, orders, calendar validity.
import { describe, expect, it } from 'vitest';
import { dateOrderOf, parseDateTime, parseIsoDate, parseTime } from '../../../core/import/dates';

describe('dates', () => {
  it('ISO dates, strict', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(['2025-02-29', '2025-13-45', '2025-1-05', '20250105', '2025-00-10', '1900-02-29'].map(parseIsoDate)).toEqual([null, null, null, null, null, null]);
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
  });

  it('every supported layout', () => {
    const cases: [string, 'YMD' | 'MDY' | 'DMY', string, string][] = [
      ['2025-01-07', 'MDY', '2025-01-07', ''],
      ['2025-01-07 10:15:00', 'MDY', '2025-01-07', '10:15:00'],
      ['2025-10-08T10:23:59.10540', 'YMD', '2025-10-08', '10:23:59'],
      ['2025/01/07', 'DMY', '2025-01-07', ''],
      ['01/07/2025', 'MDY', '2025-01-07', ''],
      ['07/01/2025', 'DMY', '2025-01-07', ''],
      ['07.01.2025', 'DMY', '2025-01-07', ''],
      ['1/7/25', 'MDY', '2025-01-07', ''],
      ['1/7/99', 'MDY', '1999-01-07', ''],
      ['01/07/2025 3:05 PM', 'MDY', '2025-01-07', '15:05:00'],
      ['01/07/2025 12:30 AM', 'MDY', '2025-01-07', '00:30:00'],
      ['2025-01-07T14:30:00Z', 'YMD', '2025-01-07', '14:30:00'],
      ['2025-01-07 14:30:00-05:00', 'YMD', '2025-01-07', '14:30:00'],
      [' 2025-01-07 ', 'YMD', '2025-01-07', ''],
    ];
    for (const [text, order, date, time] of cases) expect(parseDateTime(text, order), text).toEqual({ date, time });
  });

  it('refuses impossible or malformed dates', () => {
    for (const text of ['13/01/2025', '2025-13-45', '02/30/2025', '2025-01-07 25:00', '01-07/2025', '1/7/2025x', 'yesterday', '', '07/01/202']) {
      expect(parseDateTime(text, 'MDY'), text).toBeNull();
    }
    expect(parseDateTime('01/07/2025', 'YMD')).toBeNull();
  });

  it('times', () => {
    expect(['9:30', '09:30:15', '16:00:00.123', '12:00 pm', '23:59:59'].map(parseTime)).toEqual(['09:30:00', '09:30:15', '16:00:00', '12:00:00', '23:59:59']);
    expect(['24:00', '10:60', '13:00 PM', 'noon', '10'].map(parseTime)).toEqual([null, null, null, null, null]);
  });

  it('format strings', () => {
    expect(['YYYY-MM-DD', 'MM/DD/YYYY', 'DD.MM.YYYY', 'DD/MM/YYYY', 'YYYY/MM/DD', 'M/D/YY', 'banana', 'MM/YYYY'].map(dateOrderOf)).toEqual([
      'YMD',
      'MDY',
      'DMY',
      'DMY',
      'YMD',
      'MDY',
      null,
      null,
    ]);
  });
});
