/**
 * A labelled number input that keeps what the user typed while it is not a number yet
 * (an empty box, "0."), reports only parsed numbers, and shows values × `scale`
 * (scale 100 edits a fraction as a percentage).
 */
import { useEffect, useId, useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
  scale?: number;
  step?: number;
  min?: number;
  suffix?: string;
  disabled?: boolean;
  testId?: string;
}

function display(value: number, scale: number): string {
  return Number.isFinite(value) ? String(Number((value * scale).toPrecision(12))) : '';
}

export function NumberField({ label, value, onChange, scale = 1, step, min, suffix, disabled, testId }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(display(value, scale));
  useEffect(() => {
    // Keep the user's text while it already means this value ("2.50" stays "2.50").
    setText((current) => (current.trim() !== '' && Math.abs(Number(current) - value * scale) <= 1e-9 * Math.max(1, Math.abs(value * scale)) ? current : display(value, scale)));
  }, [value, scale]);
  const invalid = text.trim() === '' || !Number.isFinite(Number(text));
  return (
    <label className="field number-field" htmlFor={id}>
      <span className="field-label">{label}</span>
      <span className="number-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={text}
          step={step}
          min={min}
          disabled={disabled}
          aria-invalid={invalid}
          data-testid={testId}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = Number(event.target.value);
            if (event.target.value.trim() !== '' && Number.isFinite(parsed)) onChange(parsed / scale);
          }}
        />
        {suffix && <span className="number-suffix">{suffix}</span>}
      </span>
    </label>
  );
}
