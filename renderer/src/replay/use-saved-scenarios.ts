/**
 * The replay scenarios saved in the workspace (its scenarios table, so they travel with
 * the .sizewise file): list, save the one being edited, delete. Stored values are checked
 * before use; a value that is not a scenario is left out of the list.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SavedScenario } from '../../../workers/data-api';
import type { DataClient } from '../data/data-client';
import { isScenarioDraft, type ScenarioDraft } from './scenario-model';

export interface SavedReplayScenario {
  id: number;
  name: string;
  draft: Omit<ScenarioDraft, 'id'>;
}

function usable(saved: SavedScenario): SavedReplayScenario | null {
  return isScenarioDraft(saved.value) ? { id: saved.id, name: saved.name, draft: saved.value } : null;
}

export function useSavedScenarios(data: DataClient, revision: number, report: (error: unknown) => void) {
  const [saved, setSaved] = useState<SavedReplayScenario[]>([]);
  const refresh = useCallback(
    () =>
      data
        .listScenarios('replay')
        .then((list) => setSaved(list.map(usable).filter((s): s is SavedReplayScenario => s !== null)))
        .catch(report),
    [data, report],
  );
  useEffect(() => {
    void refresh();
  }, [refresh, revision]);

  const save = useCallback(
    async (draft: ScenarioDraft) => {
      const value: Omit<ScenarioDraft, 'id'> = { name: draft.name, rule: draft.rule, constraints: draft.constraints };
      await data.saveScenario('replay', draft.name, value);
      await refresh();
    },
    [data, refresh],
  );
  const remove = useCallback(
    async (id: number) => {
      await data.deleteScenario(id);
      await refresh();
    },
    [data, refresh],
  );
  return { saved, save, remove };
}
