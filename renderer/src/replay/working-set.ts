/**
 * The scenarios being compared on the Replay page (at most 8), kept for the whole session
 * so they survive switching pages and the Risk page can simulate any of them. Saved
 * scenarios (the workspace's scenarios table) are loaded into and saved from this set.
 */
import { useSyncExternalStore } from 'react';
import { MAX_SCENARIOS, PRESETS, presetScenario, type ScenarioDraft } from './scenario-model';

export interface WorkingSet {
  scenarios: ScenarioDraft[];
  selectedId: string | null;
}

const initialScenario = presetScenario(PRESETS[0]);
let state: WorkingSet = { scenarios: [initialScenario], selectedId: initialScenario.id };
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setState(next: WorkingSet): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getWorkingSet(): WorkingSet {
  return state;
}

export function useWorkingSet(): WorkingSet {
  return useSyncExternalStore(subscribe, getWorkingSet);
}

/** Adds a scenario and selects it; false when 8 are already compared. */
export function addScenario(scenario: ScenarioDraft): boolean {
  if (state.scenarios.length >= MAX_SCENARIOS) return false;
  setState({ scenarios: [...state.scenarios, scenario], selectedId: scenario.id });
  return true;
}

export function updateScenario(id: string, change: (draft: ScenarioDraft) => ScenarioDraft): void {
  setState({ ...state, scenarios: state.scenarios.map((s) => (s.id === id ? change(s) : s)) });
}

export function removeScenario(id: string): void {
  const scenarios = state.scenarios.filter((s) => s.id !== id);
  const selectedId = state.selectedId === id ? (scenarios[scenarios.length - 1]?.id ?? null) : state.selectedId;
  setState({ scenarios, selectedId });
}

export function selectScenario(id: string): void {
  setState({ ...state, selectedId: id });
}
