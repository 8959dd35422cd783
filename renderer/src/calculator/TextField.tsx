/**
 * One labelled input of the trade ticket: the label with its tooltip, the input (with a
 * prefix or suffix), and core's message for that field right under it.
 */
import type { ReactNode } from 'react';
import { InfoTip } from '../components/InfoTip';

interface TextFieldProps {
  /** The field's path in the calculator input ("instrument.price"): its id and error key. */
  path: string;
  label: string;
  help?: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  prefix?: string;
  suffix?: string;
  placeholder?: string;
  numeric?: boolean;
}

export function fieldId(path: string): string {
  return `ticket-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

export function FieldLabel({ path, label, help }: { path: string; label: string; help?: string }): ReactNode {
  return (
    <span className="control-label">
      <label htmlFor={fieldId(path)}>{label}</label>
      {help && <InfoTip text={help} label={label} />}
    </span>
  );
}

export function TextField({ path, label, help, value, onChange, error, prefix, suffix, placeholder, numeric = true }: TextFieldProps) {
  const id = fieldId(path);
  return (
    <div className="ticket-field" data-field={path}>
      <FieldLabel path={path} label={label} help={help} />
      <span className={error ? 'number-input invalid' : 'number-input'}>
        {prefix && <span className="affix">{prefix}</span>}
        <input
          id={id}
          type="text"
          inputMode={numeric ? 'decimal' : 'text'}
          className={numeric ? undefined : 'text-left'}
          value={value}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {suffix && <span className="affix">{suffix}</span>}
      </span>
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export function SelectField<T extends string>({
  path,
  label,
  help,
  value,
  options,
  onChange,
  error,
}: {
  path: string;
  label: string;
  help?: string;
  value: T;
  options: { value: T; label: string }[];
  onChange(value: T): void;
  error?: string;
}) {
  const id = fieldId(path);
  return (
    <div className="ticket-field" data-field={path}>
      <FieldLabel path={path} label={label} help={help} />
      <select id={id} value={value} aria-invalid={error ? true : undefined} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
