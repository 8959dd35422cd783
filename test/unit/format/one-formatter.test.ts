// One formatter (core/format/number): the report's cells and the app's values format the same
// number the same way. Before, the report printed −0.00001 as "-0.00%" and −0.001 as "-0.00"
// while the app printed "0.00%" and "$0.00".
import { expect, it } from 'vitest';
import { formatText } from '../../../core/format/number';
import { formatNumber } from '../../../core/report';

it('the report and the app agree, without a negative zero', () => {
  expect(formatNumber(-0.00001, 'percent')).toBe('0.00%');
  expect(formatText(-0.00001, 'percent')).toBe('0.00%');
  expect(formatNumber(-0.001, 'money')).toBe('0.00');
  expect(formatText(-0.001, 'money')).toBe('$0.00');
  expect(formatNumber(0.123456, 'percent')).toBe(formatText(0.123456, 'percent'));
  expect(formatNumber(1.005, 'decimal')).toBe(formatText(1.005, 'ratio'));
  expect(formatNumber(-19735, 'money')).toBe('-19,735.00');
  expect(formatNumber(4081.4, 'integer')).toBe('4,081');
});
