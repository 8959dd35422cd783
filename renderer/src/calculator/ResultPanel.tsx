/**
 * The calculator's answer: the quantity, the Kelly fraction from raw to applied to final,
 * one line per constraint that cut the quantity (with the quantity and the fraction before
 * → after), the exposures before → after and core's notes. With invalid input it lists the
 * problems (each also shown next to its field) instead of a quantity.
 */
import type { PositionResult } from '../../../core/calculator';
import type { TicketOutcome } from '../../../workers/data-api';
import { InfoTip } from '../components/InfoTip';
import { Value } from '../components/Value';
import { calculatorHelp as help } from './calculator-help';

function FractionStep({ step, label, value, tip, nullReason }: { step: string; label: string; value: number | null; tip: string; nullReason?: string }) {
  return (
    <div className="fraction-step" data-step={step}>
      <span className="control-label">
        {label}
        <InfoTip text={tip} label={label} />
      </span>
      <strong>
        <Value value={value} kind="percent" nullReason={nullReason} />
      </strong>
    </div>
  );
}

const EXPOSURES: { key: keyof PositionResult['exposureBefore']; label: string }[] = [
  { key: 'symbol', label: 'This symbol' },
  { key: 'portfolio', label: 'Portfolio (gross)' },
  { key: 'capitalAtRisk', label: 'Capital at risk' },
  { key: 'correlated', label: 'Correlated positions' },
];

function Result({ result, historyTrades }: { result: PositionResult; historyTrades: TicketOutcome['history'] }) {
  return (
    <>
      <div className="quantity" data-testid="calc-quantity">
        <span className="quantity-number">
          <Value value={result.quantity} kind="count" />
        </span>{' '}
        <span className="quantity-unit">{result.unitName}</span>
        <InfoTip text={help.quantity} label="the quantity" />
      </div>
      <dl className="inline-facts">
        <div>
          <dt>Notional</dt>
          <dd>
            <Value value={result.notional} kind="money" />
          </dd>
        </div>
        <div>
          <dt>Capital required</dt>
          <dd>
            <Value value={result.capitalRequired} kind="money" />
          </dd>
        </div>
        <div>
          <dt>At risk</dt>
          <dd>
            <Value value={result.capitalAtRisk} kind="money" />
          </dd>
        </div>
        {result.probability !== null && (
          <div>
            <dt>p used</dt>
            <dd>
              <Value value={result.probability} kind="percent" />
            </dd>
          </div>
        )}
        {historyTrades && (
          <div>
            <dt>History</dt>
            <dd>
              {historyTrades.trades} trades in {historyTrades.days} days
            </dd>
          </div>
        )}
      </dl>
      <div className="fraction-steps" data-testid="calc-fractions">
        <FractionStep step="raw" label="Raw Kelly" value={result.rawKelly} tip={help.rawKelly} nullReason="Kelly is undefined for this input." />
        <span className="step-arrow" aria-hidden="true">
          × {Math.round(result.kellyFraction * 100)}% →
        </span>
        <FractionStep step="applied" label="Applied" value={result.appliedFraction} tip={help.appliedFraction} />
        <span className="step-arrow" aria-hidden="true">
          →
        </span>
        <FractionStep step="final" label="After constraints" value={result.finalFraction} tip={help.finalFraction} />
      </div>
      <h3>
        Adjustments <InfoTip text={help.adjustments} label="adjustments" />
      </h3>
      {result.adjustments.length === 0 ? (
        <p className="muted" data-testid="calc-adjustments">
          None: no rule cut the Kelly quantity.
        </p>
      ) : (
        <table className="data-table compact adjustments-table" data-testid="calc-adjustments">
          <thead>
            <tr>
              <th>Constraint</th>
              <th className="numeric">Kelly fraction</th>
            </tr>
          </thead>
          <tbody>
            {result.adjustments.map((adjustment, index) => (
              <tr key={index} data-rule={adjustment.rule}>
                <td className="adjustment-reason">{adjustment.reason}</td>
                <td className="numeric">
                  <Value value={adjustment.fractionFrom} kind="percent" /> → <Value value={adjustment.fractionTo} kind="percent" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>
        Exposure before → after <InfoTip text={help.exposureAfter} label="exposure" />
      </h3>
      <table className="data-table compact exposure-table" data-testid="calc-exposure">
        <tbody>
          {EXPOSURES.map(({ key, label }) => (
            <tr key={key} data-exposure={key}>
              <td>{label}</td>
              <td className="numeric">
                <Value value={result.exposureBefore[key]} kind="money" />
              </td>
              <td className="numeric step-arrow">→</td>
              <td className="numeric">
                <Value value={result.exposureAfter[key]} kind="money" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.notes.length > 0 && (
        <ul className="note-list" data-testid="calc-notes">
          {result.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}

interface ResultPanelProps {
  outcome: TicketOutcome | null;
  /** The invalid fields' messages by form path, as shown next to the fields. */
  fieldErrors: Record<string, string>;
  loading: boolean;
  error: string | null;
}

export function ResultPanel({ outcome, fieldErrors, loading, error }: ResultPanelProps) {
  const errors = Object.entries(fieldErrors);
  return (
    <section className={loading ? 'panel ticket-result is-refreshing' : 'panel ticket-result'} aria-label="Position size" aria-busy={loading} data-testid="calc-result">
      <h2 className="panel-title">Position size</h2>
      {error && (
        <div className="callout callout-danger" role="alert">
          The position could not be computed: {error}
        </div>
      )}
      {!outcome ? (
        <div className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> Computing…
        </div>
      ) : outcome.outcome.ok ? (
        <Result result={outcome.outcome.result} historyTrades={outcome.history} />
      ) : errors.length === 0 ? (
        <p className="muted" data-testid="calc-incomplete">
          Fill in the ticket to get a size; a field is checked when you leave it or press Enter.
        </p>
      ) : (
        <div className="callout callout-warning" data-testid="calc-invalid">
          Fix the marked field{errors.length === 1 ? '' : 's'} to get a size:
          <ul>
            {errors.map(([path, message]) => (
              <li key={path}>{message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
