/**
 * A number input that lets the user type freely ("0.", "", "1,000") and reports the parsed
 * value: null when empty, NaN when it is not a number (the worker's validation then names
 * the problem next to the field), else the value ÷ `scale` (scale 100 for a percent field).
 * The text follows the value when it changes from outside (a preset, the slider).
 */
import { useEffect, useRef, useState } from 'react';

interface NumberFieldProps {
  id: string;
  value: number | null;
  onChange(value: number | null): void;
  /** Displayed = value × scale (100 for percent). */
  scale?: number;
  /** Shown after the input ("%", "$" is shown before). */
  suffix?: string;
  prefix?: string;
  placeholder?: string;
  ariaLabel?: string;
  error?: string;
  width?: number;
}

export function displayText(value: number | null, scale: number): string {
  if (value === null || !Number.isFinite(value)) return '';
  return String(Number((value * scale).toPrecision(10)));
}

export function parseText(text: string, scale: number): number | null {
  const cleaned = text.replace(/[,\s$%_]/g, '');
  if (cleaned === '') return null;
  const parsed = Number(cleaned);
  return Number.isFinite(parsed) ? parsed / scale : Number.NaN;
}

export function NumberField({ id, value, onChange, scale = 1, suffix, prefix, placeholder, ariaLabel, error, width = 110 }: NumberFieldProps) {
  const [text, setText] = useState(() => displayText(value, scale));
  const typed = useRef<number | null>(value);

  useEffect(() => {
    const same = value === typed.current || (value !== null && typed.current !== null && Number.isNaN(value) && Number.isNaN(typed.current));
    if (!same) {
      typed.current = value;
      setText(displayText(value, scale));
    }
  }, [value, scale]);

  const errorId = `${id}-error`;
  return (
    <span className="number-field">
      <span className={error ? 'number-input invalid' : 'number-input'} style={{ width }}>
        {prefix && <span className="affix">{prefix}</span>}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          placeholder={placeholder}
          aria-label={ariaLabel}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const parsed = parseText(next, scale);
            typed.current = parsed;
            onChange(parsed);
          }}
        />
        {suffix && <span className="affix">{suffix}</span>}
      </span>
      {error && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
