/**
 * The one number input of the app (Sizing, Replay, Risk). The user types freely ("0.", "",
 * "1,000"); core/format/typed-number parses the text and shows values × `scale` (scale 100
 * edits a fraction as a percentage). Two ways to listen:
 * - `onChange(number)`: only parsed numbers; empty or invalid text is kept, marked invalid and
 *   not reported (the value stays the last good one);
 * - `onParsed(number | null)`: every edit, null when empty and NaN when not a number, for
 *   fields whose validation (a worker's field errors) names the problem beside the field.
 * The text follows the value when it changes from outside (a preset, a slider), and keeps
 * what the user typed while it already means the value ("2.50" stays "2.50").
 */
import { useEffect, useId, useState } from 'react';
import { parseTypedNumber, typedNumberText } from '../../../core/format/typed-number';

interface NumberFieldProps {
  value: number | null;
  onChange?(value: number): void;
  onParsed?(value: number | null): void;
  /** A visible label (the field is then wrapped in a <label>). */
  label?: string;
  id?: string;
  ariaLabel?: string;
  /** Displayed = value × scale (100 for percent). */
  scale?: number;
  prefix?: string;
  suffix?: string;
  placeholder?: string;
  /** A field error (validation) shown under the input. */
  error?: string;
  width?: number;
  disabled?: boolean;
  testId?: string;
}

/** Whether `text` already means `value` (so an outside update does not rewrite it). */
function means(text: string, value: number | null, scale: number): boolean {
  const parsed = parseTypedNumber(text);
  if (value === null || parsed === null) return value === parsed;
  if (Number.isNaN(value) || Number.isNaN(parsed)) return Number.isNaN(value) && Number.isNaN(parsed);
  return Math.abs(parsed - value * scale) <= 1e-9 * Math.max(1, Math.abs(value * scale));
}

export function NumberField({ value, onChange, onParsed, label, id: givenId, ariaLabel, scale = 1, prefix, suffix, placeholder, error, width, disabled, testId }: NumberFieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const [text, setText] = useState(() => typedNumberText(value, scale));
  useEffect(() => {
    setText((current) => (means(current, value, scale) ? current : typedNumberText(value, scale)));
  }, [value, scale]);
  const parsed = parseTypedNumber(text);
  const invalid = error !== undefined || (onParsed === undefined && (parsed === null || Number.isNaN(parsed)));
  const errorId = `${id}-error`;
  const input = (
    <span className={invalid ? 'number-input invalid' : 'number-input'} style={width ? { width } : undefined}>
      {prefix && <span className="affix">{prefix}</span>}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        aria-label={ariaLabel}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const number = parseTypedNumber(next);
          const scaled = number === null ? null : number / scale;
          onParsed?.(scaled);
          if (scaled !== null && Number.isFinite(scaled)) onChange?.(scaled);
        }}
      />
      {suffix && <span className="affix number-suffix">{suffix}</span>}
    </span>
  );
  const message = error && (
    <span className="field-error" id={errorId} role="alert">
      {error}
    </span>
  );
  if (label === undefined) {
    return (
      <span className="number-field">
        {input}
        {message}
      </span>
    );
  }
  return (
    <label className="field number-field" htmlFor={id}>
      <span className="field-label">{label}</span>
      {input}
      {message}
    </label>
  );
}
