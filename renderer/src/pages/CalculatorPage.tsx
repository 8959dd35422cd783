/**
 * Position calculator (a trade ticket): equity, instrument, current exposure and one
 * probability source in; the quantity, the Kelly fraction before and after each rule, one
 * line per adjustment and the exposures out. Computed by core/calculator in the data worker
 * a moment after the last keystroke; the risk rules are saved in the workspace.
 */
import { useCallback, useMemo, useState } from 'react';
import type { TicketOutcome } from '../../../workers/data-api';
import { CALCULATOR_RULES_KEY, DEFAULT_TICKET, errorsByPath, restoreRulesForm, ticketFromForm, type TicketForm } from '../calculator/calculator-form';
import { ResultPanel } from '../calculator/ResultPanel';
import { RulesPanel } from '../calculator/RulesPanel';
import { TicketFormPanel } from '../calculator/TicketFormPanel';
import { queryKey, useDebouncedQuery } from '../sizing/use-debounced-query';
import { useWorkspaceSetting } from '../sizing/use-workspace-setting';
import { useWorkspaceContext } from '../workspace/workspace-context';

const CALCULATE_DELAY_MS = 150;

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

  return (
    <div className="calculator" data-testid="calculator">
      <div className="calculator-layout">
        <TicketFormPanel form={form} errors={errors} strategies={summary?.strategies ?? []} onChange={onChange} />
        <ResultPanel outcome={outcome} fieldErrors={errors} loading={calculation.loading} error={calculation.error} />
      </div>
      <RulesPanel rules={rules.value} errors={errors} onChange={rules.update} />
    </div>
  );
}
