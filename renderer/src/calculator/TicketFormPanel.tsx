/**
 * The trade ticket's inputs: account, instrument, current exposure and one probability
 * source (a–e). Every field shows core's message for it when the input is invalid.
 */
import { ASSET_CLASSES, type AssetClass } from '../../../core/calculator';
import { calculatorHelp as help } from './calculator-help';
import { ASSET_LABELS, SOURCE_LABELS, type Direction, type SourceKind, type TicketForm } from './calculator-form';
import { SelectField, TextField } from './TextField';

interface TicketFormPanelProps {
  form: TicketForm;
  errors: Record<string, string>;
  strategies: string[];
  onChange(change: Partial<TicketForm>): void;
}

const SOURCES = Object.keys(SOURCE_LABELS) as SourceKind[];
const DIRECTIONS: { value: Direction; label: string }[] = [
  { value: 'long', label: 'Long' },
  { value: 'short', label: 'Short' },
];
const HOLDINGS: { value: TicketForm['holding']; label: string }[] = [
  { value: 'overnight', label: 'Overnight' },
  { value: 'intraday', label: 'Intraday' },
];
const BINARY_SIDES: { value: TicketForm['binarySide']; label: string }[] = [
  { value: 'yes', label: 'YES' },
  { value: 'no', label: 'NO' },
];

/** The pair with its `index` entry replaced (the two model rows edit one side of each pair). */
function withEntry<T>(pair: [T, T], index: 0 | 1, value: T): [T, T] {
  return index === 0 ? [value, pair[1]] : [pair[0], value];
}

export function TicketFormPanel({ form, errors, strategies, onChange }: TicketFormPanelProps) {
  const text = (key: keyof TicketForm) => (value: string) => onChange({ [key]: value } as Partial<TicketForm>);
  // A binary contract goes with source (e), and source (e) with a binary contract.
  const setAssetClass = (assetClass: AssetClass) =>
    onChange(assetClass === 'binary' ? { assetClass, source: 'binary' } : { assetClass, source: form.source === 'binary' ? 'odds' : form.source });
  const setSource = (source: SourceKind) =>
    onChange(source === 'binary' ? { source, assetClass: 'binary' } : { source, assetClass: form.assetClass === 'binary' ? 'stock' : form.assetClass });
  const contracts = form.assetClass === 'future' || form.assetClass === 'option';

  return (
    <section className="panel ticket" aria-label="Trade ticket">
      <fieldset className="ticket-group">
        <legend>Account</legend>
        <TextField path="equity" label="Equity" help={help.equity} prefix="$" value={form.equity} onChange={text('equity')} error={errors.equity} />
        <SelectField path="holding" label="Holding" help={help.holding} value={form.holding} options={HOLDINGS} onChange={(holding) => onChange({ holding })} error={errors.holding} />
      </fieldset>

      <fieldset className="ticket-group">
        <legend>Instrument</legend>
        <TextField path="instrument.symbol" label="Symbol" help={help.symbol} numeric={false} value={form.symbol} onChange={text('symbol')} error={errors['instrument.symbol']} />
        <SelectField
          path="instrument.assetClass"
          label="Asset class"
          help={help.assetClass}
          value={form.assetClass}
          options={ASSET_CLASSES.map((value) => ({ value, label: ASSET_LABELS[value] }))}
          onChange={setAssetClass}
          error={errors['instrument.assetClass']}
        />
        <SelectField path="instrument.side" label="Side" help={help.side} value={form.side} options={DIRECTIONS} onChange={(side) => onChange({ side })} error={errors['instrument.side']} />
        <TextField path="instrument.price" label={form.assetClass === 'binary' ? 'Contract price' : 'Entry price'} help={help.price} prefix="$" value={form.price} onChange={text('price')} error={errors['instrument.price']} />
        {form.assetClass !== 'binary' && (
          <TextField
            path="instrument.multiplier"
            label="Multiplier"
            help={help.multiplier}
            suffix="×"
            placeholder={form.assetClass === 'option' ? '100' : form.assetClass === 'future' ? 'required' : '1'}
            value={form.multiplier}
            onChange={text('multiplier')}
            error={errors['instrument.multiplier']}
          />
        )}
        {(contracts || form.assetClass === 'stock' || form.assetClass === 'etf') && (
          <TextField
            path="instrument.marginPerContract"
            label={contracts ? 'Margin / contract' : 'Margin / share'}
            help={help.marginPerContract}
            prefix="$"
            placeholder="optional"
            value={form.marginPerContract}
            onChange={text('marginPerContract')}
            error={errors['instrument.marginPerContract']}
          />
        )}
        {form.assetClass === 'crypto' && (
          <TextField path="instrument.lotStep" label="Lot step" help={help.lotStep} placeholder="0.00000001" value={form.lotStep} onChange={text('lotStep')} error={errors['instrument.lotStep']} />
        )}
        {form.source !== 'binary' && (
          <TextField path="lossPerUnit" label="Loss per unit (stop)" help={help.lossPerUnit} prefix="$" placeholder="whole price" value={form.lossPerUnit} onChange={text('lossPerUnit')} error={errors.lossPerUnit} />
        )}
      </fieldset>

      <fieldset className="ticket-group">
        <legend>Current exposure</legend>
        <TextField path="exposure.symbol" label="This symbol" help={help.exposure} prefix="$" placeholder="0" value={form.symbolExposure} onChange={text('symbolExposure')} error={errors['exposure.symbol']} />
        <TextField path="exposure.portfolio" label="Portfolio (gross)" help={help.exposure} prefix="$" placeholder="0" value={form.portfolioExposure} onChange={text('portfolioExposure')} error={errors['exposure.portfolio']} />
        <TextField path="exposure.capitalAtRisk" label="Capital at risk" help={help.exposure} prefix="$" placeholder="0" value={form.capitalAtRisk} onChange={text('capitalAtRisk')} error={errors['exposure.capitalAtRisk']} />
        <TextField path="exposure.correlated" label="Correlated positions" help={help.exposure} prefix="$" placeholder="0" value={form.correlatedExposure} onChange={text('correlatedExposure')} error={errors['exposure.correlated']} />
      </fieldset>

      <fieldset className="ticket-group ticket-source">
        <legend>Probability source</legend>
        <SelectField path="probability.kind" label="Source" help={help.source} value={form.source} options={SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] }))} onChange={setSource} error={errors.probability} />
        {form.source === 'odds' && (
          <>
            <TextField path="probability.p" label="Win probability p" help={help.p} placeholder="0.55" value={form.p} onChange={text('p')} error={errors['probability.p']} />
            <TextField path="probability.b" label="Win/loss ratio b" help={help.b} placeholder="1.5" value={form.b} onChange={text('b')} error={errors['probability.b']} />
          </>
        )}
        {form.source === 'history' &&
          (strategies.length === 0 ? (
            <p className="muted">Import a trade log to size from a strategy's history.</p>
          ) : (
            <>
              <SelectField
                path="probability.strategy"
                label="Strategy"
                value={form.strategy}
                options={[{ value: '', label: 'Choose a strategy…' }, ...strategies.map((value) => ({ value, label: value }))]}
                onChange={(strategy) => onChange({ strategy })}
                error={errors['probability.strategy']}
              />
              <TextField path="probability.days" label="Last N days" help={help.days} suffix="days" value={form.days} onChange={text('days')} error={errors['probability.days']} />
            </>
          ))}
        {form.source === 'forecast' && (
          <>
            <TextField path="probability.mu" label="Forecast return μ" help={help.mu} placeholder="0.01" value={form.mu} onChange={text('mu')} error={errors['probability.mu']} />
            <TextField path="probability.sigma" label="Volatility σ" help={help.sigma} placeholder="0.02" value={form.sigma} onChange={text('sigma')} error={errors['probability.sigma']} />
            <TextField path="probability.riskFree" label="Risk-free r" help={help.riskFree} placeholder="0" value={form.riskFree} onChange={text('riskFree')} error={errors['probability.riskFree']} />
          </>
        )}
        {form.source === 'models' && (
          <>
            {([0, 1] as const).map((index) => (
              <div key={index} className="model-row">
                <SelectField
                  path={`probability.models.${index}.direction`}
                  label={`Model ${index + 1} direction`}
                  value={form.modelDirections[index]}
                  options={DIRECTIONS}
                  onChange={(direction) => onChange({ modelDirections: withEntry(form.modelDirections, index, direction) })}
                />
                <TextField
                  path={`probability.models.${index}.confidence`}
                  label="Confidence"
                  help={help.models}
                  placeholder="0.7"
                  value={form.modelConfidences[index]}
                  onChange={(value) => onChange({ modelConfidences: withEntry(form.modelConfidences, index, value) })}
                  error={errors[`probability.models.${index}.confidence`]}
                />
                <TextField
                  path={`probability.weights.${index}`}
                  label="Weight"
                  value={form.modelWeights[index]}
                  onChange={(value) => onChange({ modelWeights: withEntry(form.modelWeights, index, value) })}
                  error={errors[`probability.weights.${index}`] ?? (index === 1 ? errors['probability.weights'] : undefined)}
                />
              </div>
            ))}
            <TextField path="probability.threshold" label="Confidence threshold" help={help.models} value={form.threshold} onChange={text('threshold')} error={errors['probability.threshold']} />
            <TextField path="probability.b" label="Win/loss ratio b" help={help.b} placeholder="1.5" value={form.b} onChange={text('b')} error={errors['probability.b']} />
          </>
        )}
        {form.source === 'binary' && (
          <>
            <TextField path="probability.p" label="P(YES)" help={help.binaryP} placeholder="0.6" value={form.binaryP} onChange={text('binaryP')} error={errors['probability.p']} />
            <SelectField
              path="probability.side"
              label="Buy"
              help={help.binarySide}
              value={form.binarySide}
              options={BINARY_SIDES}
              onChange={(binarySide) => onChange({ binarySide })}
              error={errors['probability.side']}
            />
          </>
        )}
      </fieldset>
    </section>
  );
}
