/**
 * The Sizing page's controls: Kelly fraction (Full / Half / Quarter presets, or a custom
 * fraction with a slider and a number kept in sync), what it multiplies, cap, capital, the
 * placeable caps (margin ceiling, broker margin multiplier, worst-loss share, total of the
 * fractions; empty = none), Kelly basis and risk unit. Each has its convention as a tooltip and its field message from the
 * worker's validation next to it.
 */
import type { KellyBasis, KellyOf, RiskBasis } from '../../../core/sizing';
import { InfoTip } from '../components/InfoTip';
import { formatText } from '../../../core/format/number';
import { NumberField } from '../components/NumberField';
import { FRACTION_PRESETS, fractionOf, MAX_FRACTION, type SizingSettings } from './sizing-settings';
import { sizingConventions } from './sizing-conventions';

interface SizingControlsProps {
  settings: SizingSettings;
  detectedCapital: number | null;
  errors: Record<string, string>;
  onChange(change: (previous: SizingSettings) => SizingSettings): void;
}

const BASIS_OPTIONS: { value: KellyBasis | ''; label: string }[] = [
  { value: '', label: 'Automatic' },
  { value: 'pl', label: 'Raw P/L' },
  { value: 'contract', label: 'Per contract' },
  { value: 'margin', label: 'Return on margin' },
];

const RISK_OPTIONS: { value: RiskBasis | ''; label: string }[] = [
  { value: '', label: 'Automatic' },
  { value: 'avg-loss', label: 'Average loss' },
  { value: 'max-loss', label: 'Largest loss' },
  { value: 'margin', label: 'Margin' },
];

function Label({ htmlFor, text, tip }: { htmlFor: string; text: string; tip: string }) {
  return (
    <span className="control-label">
      <label htmlFor={htmlFor}>{text}</label>
      <InfoTip text={tip} label={text} />
    </span>
  );
}

export function SizingControls({ settings, detectedCapital, errors, onChange }: SizingControlsProps) {
  const fraction = fractionOf(settings);
  const setCustom = (value: number | null) => onChange((s) => ({ ...s, preset: 'custom', customFraction: value ?? Number.NaN }));
  const sliderValue = Number.isFinite(fraction) ? Math.min(Math.max(fraction, 0), MAX_FRACTION) * 100 : 0;

  return (
    <section className="panel sizing-controls" aria-label="Sizing settings">
      <div className="control control-fraction">
        <span className="control-label">
          <span id="fraction-label">Kelly fraction</span>
          <InfoTip text={sizingConventions.fraction.text} label="Kelly fraction" />
        </span>
        <div className="fraction-row">
          <div className="segmented" role="radiogroup" aria-labelledby="fraction-label">
            {FRACTION_PRESETS.map((preset) => (
              <button
                key={preset.id}
                type="button"
                role="radio"
                aria-checked={settings.preset === preset.id}
                className={settings.preset === preset.id ? 'segment active' : 'segment'}
                onClick={() => onChange((s) => ({ ...s, preset: preset.id }))}
              >
                {preset.label}
              </button>
            ))}
            <button
              type="button"
              role="radio"
              aria-checked={settings.preset === 'custom'}
              className={settings.preset === 'custom' ? 'segment active' : 'segment'}
              onClick={() => onChange((s) => ({ ...s, preset: 'custom', customFraction: Number.isFinite(fraction) ? fraction : s.customFraction }))}
            >
              Custom
            </button>
          </div>
          <input
            type="range"
            className="fraction-slider"
            aria-label="Kelly fraction slider"
            min={0}
            max={MAX_FRACTION * 100}
            step={1}
            value={sliderValue}
            onChange={(event) => setCustom(Number(event.target.value) / 100)}
          />
          <NumberField id="sizing-fraction" ariaLabel="Kelly fraction (%)" value={fraction} scale={100} suffix="% Kelly" width={128} onParsed={setCustom} error={errors.fraction} />
        </div>
      </div>
      <div className="control">
        <Label htmlFor="sizing-capital" text="Capital" tip={sizingConventions.capital.text} />
        <NumberField
          id="sizing-capital"
          value={settings.capital}
          prefix="$"
          width={190}
          placeholder={detectedCapital === null ? '' : `${formatText(detectedCapital, 'count')} (detected)`}
          onParsed={(value) => onChange((s) => ({ ...s, capital: value }))}
          error={errors.capital}
        />
      </div>
      <div className="control">
        <Label htmlFor="sizing-cap" text="Cap per strategy" tip={sizingConventions.cap.text} />
        <NumberField id="sizing-cap" value={settings.cap} scale={100} suffix="%" width={90} onParsed={(value) => onChange((s) => ({ ...s, cap: value ?? Number.NaN }))} error={errors.cap} />
      </div>
      <div className="control">
        <Label htmlFor="sizing-kelly-of" text="Fraction of" tip={sizingConventions.kellyOf.text} />
        <select id="sizing-kelly-of" value={settings.kellyOf} onChange={(event) => onChange((s) => ({ ...s, kellyOf: event.target.value as KellyOf }))}>
          <option value="growth-optimal">Growth-optimal f*</option>
          <option value="classic">Classic p − q/b</option>
        </select>
      </div>
      <div className="control">
        <Label htmlFor="sizing-ceiling" text="Margin ceiling" tip={sizingConventions.marginCeiling.text} />
        <NumberField
          id="sizing-ceiling"
          value={settings.marginCeiling === 'none' ? null : settings.marginCeiling}
          scale={100}
          suffix="%"
          width={90}
          placeholder="none"
          onParsed={(value) => onChange((s) => ({ ...s, marginCeiling: value ?? 'none' }))}
          error={errors.marginCeiling}
        />
      </div>
      <div className="control">
        <Label htmlFor="sizing-multiplier" text="Broker margin ×" tip={sizingConventions.marginMultiplier.text} />
        <NumberField
          id="sizing-multiplier"
          value={settings.marginMultiplier}
          width={70}
          onParsed={(value) => onChange((s) => ({ ...s, marginMultiplier: value ?? Number.NaN }))}
          error={errors.marginMultiplier}
        />
      </div>
      <div className="control">
        <Label htmlFor="sizing-loss-share" text="Worst loss ≤" tip={sizingConventions.lossShare.text} />
        <NumberField
          id="sizing-loss-share"
          value={settings.lossShare === 'none' ? null : settings.lossShare}
          scale={100}
          suffix="%"
          width={90}
          placeholder="none"
          onParsed={(value) => onChange((s) => ({ ...s, lossShare: value ?? 'none' }))}
          error={errors.lossShare}
        />
      </div>
      <div className="control">
        <Label htmlFor="sizing-total-fraction" text="Fractions total ≤" tip={sizingConventions.totalFraction.text} />
        <NumberField
          id="sizing-total-fraction"
          value={settings.totalFraction === 'none' ? null : settings.totalFraction}
          scale={100}
          suffix="%"
          width={90}
          placeholder="none"
          onParsed={(value) => onChange((s) => ({ ...s, totalFraction: value ?? 'none' }))}
          error={errors.totalFraction}
        />
      </div>
      <div className="control">
        <Label htmlFor="sizing-basis" text="Kelly basis" tip={sizingConventions.basis.text} />
        <select id="sizing-basis" value={settings.basis ?? ''} onChange={(event) => onChange((s) => ({ ...s, basis: (event.target.value || null) as KellyBasis | null }))}>
          {BASIS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <Label htmlFor="sizing-risk" text="Risk unit D" tip={sizingConventions.riskBasis.text} />
        <select id="sizing-risk" value={settings.riskBasis ?? ''} onChange={(event) => onChange((s) => ({ ...s, riskBasis: (event.target.value || null) as RiskBasis | null }))}>
          {RISK_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
