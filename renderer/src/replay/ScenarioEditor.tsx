/**
 * Editor of one scenario: its name, the sizing rule (kind, risk basis and a slider for the
 * rule's parameter) and the constraints (capital, margin, parallel trades, commission,
 * weekdays, streak rule, drawdown guardrail, estimate window). Every change goes straight
 * to the working set; the page replays on each change.
 */
import type { ReactNode } from 'react';
import type { RiskBasis, SizingRule } from '../../../core/replay';
import { InfoTip } from '../components/InfoTip';
import { formatText } from '../../../core/format/number';
import { replayConventions } from './replay-conventions';
import { NumberField } from '../components/NumberField';
import { Optional } from './Optional';
import { BASIS_LABELS, RULE_CONTROLS, ruleControl, type RuleKind, type RuleParameter } from './rule-controls';
import type { ScenarioConstraints, ScenarioDraft } from './scenario-model';

const WEEKDAYS = [
  { index: 1, label: 'Mon' },
  { index: 2, label: 'Tue' },
  { index: 3, label: 'Wed' },
  { index: 4, label: 'Thu' },
  { index: 5, label: 'Fri' },
];

interface EditorProps {
  draft: ScenarioDraft;
  logCapital: number;
  problems: string[] | undefined;
  onChange(change: (draft: ScenarioDraft) => ScenarioDraft): void;
}

function parameterText(parameter: RuleParameter, value: number): string {
  if (parameter.suffix === '$') return formatText(value, 'money');
  if (parameter.suffix === '%') return `${(value * 100).toFixed(2)}%`;
  return `${Number(value.toFixed(4))}${parameter.suffix}`;
}

function Group({ title, tip, children }: { title: string; tip: string; children: ReactNode }) {
  return (
    <fieldset className="editor-group">
      <legend>
        {title} <InfoTip text={tip} label={title} />
      </legend>
      {children}
    </fieldset>
  );
}

export function ScenarioEditor({ draft, logCapital, problems, onChange }: EditorProps) {
  const control = ruleControl(draft.rule.kind);
  const setRule = (rule: SizingRule) => onChange((d) => ({ ...d, rule }));
  const setConstraints = (change: Partial<ScenarioConstraints>) => onChange((d) => ({ ...d, constraints: { ...d.constraints, ...change } }));
  const c = draft.constraints;
  const parameter = control.parameter;

  return (
    <div className="scenario-editor" data-testid="scenario-editor">
      <div className="editor-row">
        <label className="field editor-name">
          <span className="field-label">Scenario name</span>
          <input type="text" value={draft.name} maxLength={60} onChange={(event) => onChange((d) => ({ ...d, name: event.target.value }))} />
        </label>
      </div>

      <Group title="Sizing rule" tip={replayConventions.rules}>
        <div className="editor-row">
          <label className="field">
            <span className="field-label">Rule</span>
            <select aria-label="Sizing rule" value={draft.rule.kind} onChange={(event) => setRule(ruleControl(event.target.value as RuleKind).initial)}>
              {RULE_CONTROLS.map((option) => (
                <option key={option.kind} value={option.kind}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          {control.hasBasis && 'basis' in draft.rule && (
            <label className="field">
              <span className="field-label">Risk per contract</span>
              <select aria-label="Risk basis" value={draft.rule.basis} onChange={(event) => setRule({ ...draft.rule, basis: event.target.value as RiskBasis } as SizingRule)}>
                {(Object.keys(BASIS_LABELS) as RiskBasis[]).map((basis) => (
                  <option key={basis} value={basis}>
                    {BASIS_LABELS[basis]}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {parameter && (
          <div className="editor-row slider-row">
            <label className="field slider-field">
              <span className="field-label">
                {parameter.label}: <strong data-testid="rule-parameter-value">{parameterText(parameter, parameter.get(draft.rule))}</strong>
              </span>
              <input
                type="range"
                aria-label={parameter.label}
                data-testid="rule-slider"
                min={parameter.min}
                max={parameter.max}
                step={parameter.step}
                value={Math.min(parameter.max, Math.max(parameter.min, parameter.get(draft.rule)))}
                onChange={(event) => setRule(parameter.set(draft.rule, Number(event.target.value)))}
              />
            </label>
            <NumberField label="Exact value" value={parameter.get(draft.rule)} scale={parameter.scale} onChange={(value) => setRule(parameter.set(draft.rule, value))} suffix={parameter.suffix === '$' ? 'USD' : parameter.suffix} />
          </div>
        )}
        <div className="editor-row">
          <label className="field">
            <span className="field-label">Estimates from</span>
            <select aria-label="Estimates from" value={c.estimates} onChange={(event) => setConstraints({ estimates: event.target.value as ScenarioConstraints['estimates'] })}>
              <option value="trailing">Past trades only</option>
              <option value="full-sample">Whole log (look-ahead)</option>
            </select>
          </label>
          {c.estimates === 'trailing' && <NumberField label="Warm-up trades" value={c.warmupTrades} onChange={(warmupTrades) => setConstraints({ warmupTrades })} />}
        </div>
      </Group>

      <Group title="Capital and margin" tip={replayConventions.capital}>
        <div className="editor-row">
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" checked={c.startingCapital === null} onChange={(event) => setConstraints({ startingCapital: event.target.checked ? null : logCapital })} />
              Log's starting capital ({formatText(logCapital, 'money')})
            </label>
            {c.startingCapital !== null && <NumberField label="Starting capital" value={c.startingCapital} suffix="USD" onChange={(startingCapital) => setConstraints({ startingCapital })} testId="starting-capital" />}
          </div>
          <NumberField label="Broker margin multiplier" value={c.marginMultiplier} suffix="×" onChange={(marginMultiplier) => setConstraints({ marginMultiplier })} />
        </div>
        <Optional label="Margin ceiling" value={c.marginCeiling} initial={0.5} onChange={(marginCeiling) => setConstraints({ marginCeiling })}>
          <NumberField label="Max margin of open trades" value={c.marginCeiling ?? 0} scale={100} suffix="% of equity" onChange={(marginCeiling) => setConstraints({ marginCeiling })} />
        </Optional>
        <Optional label="Max parallel trades" value={c.maxOpenTrades} initial={3} onChange={(maxOpenTrades) => setConstraints({ maxOpenTrades })}>
          <NumberField label="Trades open at once" value={c.maxOpenTrades ?? 1} onChange={(maxOpenTrades) => setConstraints({ maxOpenTrades })} />
        </Optional>
        <Optional label="Commission override" value={c.commissionPerContract} initial={1.5} onChange={(commissionPerContract) => setConstraints({ commissionPerContract })}>
          <NumberField label="Per contract, round trip" value={c.commissionPerContract ?? 0} suffix="USD" onChange={(commissionPerContract) => setConstraints({ commissionPerContract })} />
        </Optional>
      </Group>

      <Group title="Trading days" tip={replayConventions.weekdays}>
        <div className="weekday-options" role="group" aria-label="Trading days">
          {WEEKDAYS.map((day) => (
            <label key={day.index} className="checkbox">
              <input
                type="checkbox"
                checked={c.weekdays[day.index]}
                onChange={(event) => setConstraints({ weekdays: c.weekdays.map((on, k) => (k === day.index ? event.target.checked : on)) })}
              />
              {day.label}
            </label>
          ))}
        </div>
      </Group>

      <Group title="Streak and drawdown rules" tip={replayConventions.rulesOfConduct}>
        <Optional label="After a losing streak" value={c.streak} initial={{ losses: 3, multiplier: 0.5 }} onChange={(streak) => setConstraints({ streak })}>
          {c.streak && (
            <>
              <NumberField label="After K losses" value={c.streak.losses} onChange={(losses) => setConstraints({ streak: { ...c.streak!, losses } })} />
              <NumberField label="Multiply size by" value={c.streak.multiplier} suffix="×" onChange={(multiplier) => setConstraints({ streak: { ...c.streak!, multiplier } })} />
            </>
          )}
        </Optional>
        <Optional label="Drawdown guardrail" value={c.guardrail} initial={{ drawdown: 0.2, action: { multiplier: 0.5 } }} onChange={(guardrail) => setConstraints({ guardrail })}>
          {c.guardrail && (
            <>
              <NumberField label="Below drawdown" value={c.guardrail.drawdown} scale={100} suffix="%" onChange={(drawdown) => setConstraints({ guardrail: { ...c.guardrail!, drawdown } })} />
              <label className="field">
                <span className="field-label">Then</span>
                <select
                  aria-label="Guardrail action"
                  value={c.guardrail.action === 'stop' ? 'stop' : 'scale'}
                  onChange={(event) => setConstraints({ guardrail: { ...c.guardrail!, action: event.target.value === 'stop' ? 'stop' : { multiplier: 0.5 } } })}
                >
                  <option value="scale">Multiply size</option>
                  <option value="stop">Stop trading</option>
                </select>
              </label>
              {c.guardrail.action !== 'stop' && (
                <NumberField label="By" value={c.guardrail.action.multiplier} suffix="×" onChange={(multiplier) => setConstraints({ guardrail: { ...c.guardrail!, action: { multiplier } } })} />
              )}
            </>
          )}
        </Optional>
      </Group>

      {problems && problems.length > 0 && (
        <div className="callout callout-danger" role="alert" data-testid="scenario-problems">
          This scenario cannot run:
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
