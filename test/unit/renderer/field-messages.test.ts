/**
 * Field messages of percent inputs: core's decimal bounds read in percent ("between 0% and
 * 200%") on the paths the page names, other messages and fields untouched, the first
 * message of a field kept.
 */
import { describe, expect, it } from 'vitest';
import { validateSizingOptions } from '../../../core/sizing';
import { fieldMessages, inPercent } from '../../../renderer/src/field-messages';

describe('field messages in percent', () => {
  it('turns decimal bounds into percent', () => {
    expect(inPercent('Kelly fraction must be between 0 and 2.')).toBe('Kelly fraction must be between 0% and 200%.');
    expect(inPercent('Loss must be between -0.5 and 0.075 of equity.')).toBe('Loss must be between -50% and 7.5% of equity.');
    expect(inPercent('Equity must be a number.')).toBe('Equity must be a number.');
  });

  it("translates the Sizing page's percent settings only", () => {
    const errors = validateSizingOptions({ capital: -1, fraction: 2.5, cap: 1.5 });
    expect(fieldMessages(errors, new Set(['fraction', 'cap']))).toEqual({
      capital: 'Capital must be a positive number.',
      fraction: 'The Kelly fraction must be between 0% and 200%.',
      cap: 'The cap must be between 0% and 100% (a fraction of capital).',
    });
  });

  it('keys messages by the mapped path and keeps the first one of a field', () => {
    const errors = [
      { field: 'a', message: 'A must be between 0 and 1.' },
      { field: 'a', message: 'A must be a number.' },
      { field: 'b', message: 'B must be between 0 and 1.' },
    ];
    expect(fieldMessages(errors, new Set(['x.a']), (field) => `x.${field}`)).toEqual({ 'x.a': 'A must be between 0% and 100%.', 'x.b': 'B must be between 0 and 1.' });
  });
});
