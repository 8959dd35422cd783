/**
 * Position calculator (a trade ticket): equity, instrument, current exposure and one
 * probability source in; the quantity, the Kelly fraction before and after each rule, one
 * line per adjustment and the exposures out. Computed by core/calculator in the data worker
 * a moment after the last keystroke; the risk rules are saved in the workspace. A field's
 * message shows once the field has been left (blur) or the ticket submitted (Enter): an
 * untouched field is never red, and a field is not flagged while it is being typed.
 */
import { useCallback, useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { TicketOutcome } from '../../../workers/data-api';
import { CALCULATOR_RULES_KEY, DEFAULT_TICKET, errorsByPath, restoreRulesForm, ticketFromForm, type TicketForm } from '../calculator/calculator-form';
import { ResultPanel } from '../calculator/ResultPanel';
import { RulesPanel } from '../calculator/RulesPanel';
import { TicketFormPanel } from '../calculator/TicketFormPanel';
import { queryKey, useDebouncedQuery } from '../sizing/use-debounced-query';
import { useWorkspaceSetting } from '../sizing/use-workspace-setting';
import { useWorkspaceContext } from '../workspace/workspace-context';

const CALCULATE_DELAY_MS = 150;

/** The ticket path of the field an element belongs to (its `data-field` wrapper). */
function fieldPath(target: EventTarget): string | null {
  return target instanceof HTMLElement ? (target.closest('[data-field]')?.getAttribute('data-field') ?? null) : null;
}

/** The messages to show: every one after a submit, else those of fields left once (a group's message, "probability.weights", with any of its fields). */
function visibleErrors(errors: Record<string, string>, touched: ReadonlySet<string>, submitted: boolean): Record<string, string> {
  if (submitted) return errors;
  const isTouched = (path: string) => touched.has(path) || [...touched].some((field) => field.startsWith(`${path}.`));
  return Object.fromEntries(Object.entries(errors).filter(([path]) => isTouched(path)));
}

export function CalculatorPage() {
  const { data, workspace } = useWorkspaceContext();
  const { summary, revision } = workspace.state;
  const [form, setForm] = useState<TicketForm>(DEFAULT_TICKET);
  const rules = useWorkspaceSetting(data, workspace, CALCULATOR_RULES_KEY, restoreRulesForm);
  const ticket = useMemo(() => ticketFromForm(form, rules.value), [form, rules.value]);
  const calculation = useDebouncedQuery<TicketOutcome>(queryKey(ticket, revision), async () => data.calculate(ticket), rules.loaded, CALCULATE_DELAY_MS);
  const outcome = calculation.result;
  const errors = useMemo(() => (outcome && !outcome.outcome.ok ? errorsByPath(outcome.outcome.errors) : {}), [outcome]);
  const onChange = useCallback((change: Partial<TicketForm>) => setForm((previous) => ({ ...previous, ...change })), []);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const shownErrors = useMemo(() => visibleErrors(errors, touched, submitted), [errors, touched, submitted]);
  const onBlur = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const path = fieldPath(event.target);
    if (path) setTouched((previous) => (previous.has(path) ? previous : new Set(previous).add(path)));
  }, []);
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) setSubmitted(true);
  }, []);

  return (
    <div className="calculator" data-testid="calculator" onBlur={onBlur} onKeyDown={onKeyDown}>
      <div className="calculator-layout">
        <TicketFormPanel form={form} errors={shownErrors} strategies={summary?.strategies ?? []} onChange={onChange} />
        <ResultPanel outcome={outcome} fieldErrors={shownErrors} loading={calculation.loading} error={calculation.error} />
      </div>
      <RulesPanel rules={rules.value} errors={shownErrors} onChange={rules.update} />
    </div>
  );
}
