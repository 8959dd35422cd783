// Display formatting of report cells and the printed footer template.
import { describe, expect, it } from 'vitest';
import { contentWidthMm, formatCell, formatNumber, reportFooterTemplate } from '../../../core/report';

describe('report formatting', () => {
  it('formats each number format', () => {
    expect(formatNumber(19735, 'money')).toBe('19,735.00');
    expect(formatNumber(-831.70051, 'money')).toBe('-831.70');
    expect(formatNumber(0.265909, 'percent')).toBe('26.59%');
    expect(formatNumber(1.22224, 'decimal')).toBe('1.22');
    expect(formatNumber(4081, 'integer')).toBe('4,081');
    expect(formatNumber(Number.NaN, 'money')).toBe('—');
    expect(formatCell(null)).toBe('—');
    expect(formatCell('text')).toBe('text');
  });
});

describe('print layout', () => {
  it('lays out at the printable width of each paper size', () => {
    expect(contentWidthMm('A4')).toBe(186);
    expect(contentWidthMm('Letter')).toBeCloseTo(191.9, 10);
  });

  it('footer carries page numbers and escapes the portfolio name', () => {
    const footer = reportFooterTemplate({ title: 'Sizing report', portfolioName: '<b>EMA</b> & co', generatedAt: '2025-10-09T12:00:00.000Z' });
    expect(footer).toContain('page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footer).toContain('Sizing report — &#60;b&#62;EMA&#60;/b&#62; &#38; co — 2025-10-09');
    expect(footer).not.toContain('<b>');
  });
});
