/**
 * Saved allocation runs of the workspace (allocator_runs): save the shown run under a name,
 * list the saved ones (name, method, window, when) and reopen one — its results and settings
 * come back; price / return files are listed by name (add them again to re-run).
 */
import { useCallback, useEffect, useState } from 'react';
import type { SavedAllocationRun } from '../../../core/allocate';
import { ALLOCATION_METHOD_LABELS } from '../../../core/allocate/types';
import { formatDate } from '../../../core/format/number';
import type { DataClient } from '../data/data-client';
import type { ShownAllocation } from './use-allocation';

interface Listed {
  id: number;
  run: SavedAllocationRun;
  created: string;
}

export function SavedRuns({ data, revision, shown, onReopen, report }: { data: DataClient; revision: number; shown: ShownAllocation | null; onReopen(id: number, run: SavedAllocationRun): void; report(error: unknown): void }) {
  const [runs, setRuns] = useState<Listed[]>([]);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [savedFor, setSavedFor] = useState<SavedAllocationRun | null>(null);
  const load = useCallback(async () => {
    const list = await data.listAllocatorRuns();
    // The learned allocator's runs share the table; this list shows the Allocate optimizer's runs.
    setRuns(list.filter((r) => (r.value as { kind?: unknown } | null)?.kind !== 'learned').map((r) => ({ id: r.id, run: r.value as SavedAllocationRun, created: r.created })).reverse());
  }, [data]);
  useEffect(() => {
    load().catch(report);
  }, [load, revision, report]);
  useEffect(() => setName(shown && shown.savedId === null ? shown.run.name : ''), [shown]);

  const save = async () => {
    if (!shown) return;
    setSaving(true);
    try {
      await data.saveAllocatorRun({ ...shown.run, name: name.trim() || shown.run.name });
      setSavedFor(shown.run);
      await load();
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel panel-spaced" aria-label="Saved runs" data-testid="allocate-saved-runs">
      <h2 className="panel-title">Saved runs</h2>
      {shown && shown.savedId === null && (
        <div className="allocate-save-row">
          <input type="text" aria-label="Run name" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
          <button type="button" className="button" onClick={() => void save()} disabled={saving || savedFor === shown.run}>
            {savedFor === shown.run ? 'Saved' : 'Save run in workspace'}
          </button>
        </div>
      )}
      {runs.length === 0 ? (
        <p className="muted">No saved runs in this workspace yet.</p>
      ) : (
        <ul className="allocate-run-list">
          {runs.map((r) => (
            <li key={r.id} className={shown?.savedId === r.id ? 'is-open' : undefined}>
              <button type="button" className="button button-quiet" onClick={() => onReopen(r.id, r.run)} title="Show this run's results and settings">
                Open
              </button>
              <span className="allocate-ellipsis allocate-run-name" title={r.run.name}>
                {r.run.name}
              </span>
              <span className="muted">
                {ALLOCATION_METHOD_LABELS[r.run.settings.method]} · {r.run.report.names.length} inputs · {formatDate(r.run.report.window.from)} – {formatDate(r.run.report.window.to)}
                {r.run.report.walkForward ? ` · walk-forward ${r.run.report.walkForward.methods[0]?.folds.length ?? 0} folds` : ''} · saved {r.created.slice(0, 16).replace('T', ' ')} UTC
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
