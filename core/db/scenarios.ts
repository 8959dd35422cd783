/**
 * Saved replay / Monte Carlo scenarios and allocator runs (schema v2) and bets runs (v3): named JSON documents
 * the pages store in the workspace so they travel with the file.
 */
import type { Database } from 'sql.js';

export type ScenarioKind = 'replay' | 'montecarlo';

export interface SavedScenario<T = unknown> {
  id: number;
  kind: ScenarioKind;
  name: string;
  value: T;
  /** ISO timestamp. */
  created: string;
}

export interface AllocatorRun<T = unknown> {
  id: number;
  value: T;
  created: string;
}

function lastInsertId(db: Database): number {
  return Number(db.exec('SELECT last_insert_rowid()')[0].values[0][0]);
}

export function saveScenario(db: Database, kind: ScenarioKind, name: string, value: unknown, created: string): number {
  db.run('INSERT INTO scenarios (kind, name, json, created) VALUES (?, ?, ?, ?)', [kind, name, JSON.stringify(value ?? null), created]);
  return lastInsertId(db);
}

/** Scenarios, oldest first; only those of `kind` when given. */
export function listScenarios(db: Database, kind?: ScenarioKind): SavedScenario[] {
  const result = kind
    ? db.exec('SELECT id, kind, name, json, created FROM scenarios WHERE kind = ? ORDER BY id', [kind])
    : db.exec('SELECT id, kind, name, json, created FROM scenarios ORDER BY id');
  if (!result.length) return [];
  return result[0].values.map(([id, rowKind, name, json, created]) => ({
    id: Number(id),
    kind: String(rowKind) as ScenarioKind,
    name: String(name),
    value: JSON.parse(String(json)) as unknown,
    created: String(created),
  }));
}

export function deleteScenario(db: Database, id: number): void {
  db.run('DELETE FROM scenarios WHERE id = ?', [id]);
}

export function saveAllocatorRun(db: Database, value: unknown, created: string): number {
  db.run('INSERT INTO allocator_runs (json, created) VALUES (?, ?)', [JSON.stringify(value ?? null), created]);
  return lastInsertId(db);
}

export function listAllocatorRuns(db: Database): AllocatorRun[] {
  const result = db.exec('SELECT id, json, created FROM allocator_runs ORDER BY id');
  if (!result.length) return [];
  return result[0].values.map(([id, json, created]) => ({ id: Number(id), value: JSON.parse(String(json)) as unknown, created: String(created) }));
}

/** A saved bets run (issue 12): its name, the run as JSON (options, split, tickets with forced marks) and when. */
export interface BetRun {
  id: number;
  name: string;
  value: unknown;
  created: string;
}

export function saveBetRun(db: Database, name: string, value: unknown, created: string): number {
  db.run('INSERT INTO bet_runs (name, json, created) VALUES (?, ?, ?)', [name, JSON.stringify(value ?? null), created]);
  return lastInsertId(db);
}

export function listBetRuns(db: Database): BetRun[] {
  const result = db.exec('SELECT id, name, json, created FROM bet_runs ORDER BY id');
  if (!result.length) return [];
  return result[0].values.map(([id, name, json, created]) => ({ id: Number(id), name: String(name), value: JSON.parse(String(json)) as unknown, created: String(created) }));
}
