/**
 * The run settings of the Bets page: the metrics' window, half-life and prior; the run
 * budget (cap, cash, balance fraction) and its split (min/max share per group, score or
 * group-level Kelly); the sizing (Kelly fraction, per-bet cap, forced-trade cap). Fractions
 * are typed as percents. A field the user empties shows why the run cannot go; the worker's
 * field errors (core/bets validateBetsOptions) show under their field.
 */
import { NumberField } from '../components/NumberField';
import type { BetsForm } from './bets-options';

interface Props {
  form: BetsForm;
  errors: Partial<Record<string, string>>;
  onChange(form: BetsForm): void;
}

export function BetsSettings({ form, errors, onChange }: Props) {
  const set = <K extends keyof BetsForm>(key: K) => (value: BetsForm[K]) => onChange({ ...form, [key]: value });
  const number = (key: keyof BetsForm, label: string, options: { scale?: number; prefix?: string; suffix?: string; placeholder?: string } = {}) => (
    <NumberField
      label={label}
      value={form[key] as number | null}
      onParsed={(value) => set(key)((value === null || !Number.isFinite(value) ? null : value) as never)}
      error={errors[key]}
      width={110}
      testId={`bets-${key}`}
      {...options}
    />
  );
  return (
    <div className="bets-settings" aria-label="Run settings">
      <fieldset>
        <legend>Metrics</legend>
        {number('window', 'Window', { suffix: 'days' })}
        {number('halfLife', 'EWMA half-life', { suffix: 'days' })}
        <label className="field">
          <span className="field-label">Prior a = b</span>
          <select value={form.prior} onChange={(event) => set('prior')(event.target.value === '2' ? 2 : 1)} aria-label="Beta prior">
            <option value={1}>1 (uniform)</option>
            <option value={2}>2 (conservative)</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Budget</legend>
        {number('budget', 'Cap', { prefix: '$', placeholder: 'none' })}
        {number('cash', 'Cash', { prefix: '$', placeholder: 'none' })}
        {number('balanceFraction', 'Balance fraction', { scale: 100, suffix: '%' })}
        {number('min', 'Min per group', { scale: 100, suffix: '%' })}
        {number('max', 'Max per group', { scale: 100, suffix: '%' })}
        <label className="field">
          <span className="field-label">Split by</span>
          <select value={form.allocation} onChange={(event) => set('allocation')(event.target.value === 'kelly' ? 'kelly' : 'score')} aria-label="Allocation" data-testid="bets-allocation">
            <option value="score">Score (SPEC §6)</option>
            <option value="kelly">Kelly at group level</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Sizing</legend>
        {number('kellyFraction', 'Kelly fraction', { scale: 100, suffix: '%' })}
        {number('perBetCap', 'Per-bet cap', { prefix: '$', placeholder: 'none' })}
        {number('forceCap', 'Forced-trade cap', { prefix: '$' })}
      </fieldset>
    </div>
  );
}
