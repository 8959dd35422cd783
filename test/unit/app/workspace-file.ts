/** Builds a `.sizewise` workspace in a DataService from fixtures and writes it to a temporary file (for the CLI to read). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { fixtureBytes } from '../support/fixtures';

/** Imports `test/fixtures/optionomega/<name>` for each name (a mismatched daily log is committed anyway, as the app allows). */
export async function workspaceOf(names: string[]): Promise<DataService> {
  const service = new DataService(await loadSqlJs(), { now: () => '2025-10-10T08:00:00.000Z' });
  for (const name of names) {
    const preview = await service.previewImport(name, fixtureBytes(`optionomega/${name}`));
    if (!preview.ok) throw new Error(preview.message);
    const committed = await service.commitImport(preview.previewId);
    if (!committed.ok) throw new Error(committed.message);
  }
  return service;
}

/** The workspace's bytes in a new temporary `<name>.sizewise`; returns its path. */
export async function saveWorkspace(service: DataService, name: string): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'sizewise-app-')), `${name}.sizewise`);
  writeFileSync(path, await service.exportWorkspace());
  return path;
}

/** A model as JSON carries it (what `--json` prints), with the cover's generation time set to `at`. */
export function asPrinted<T extends { cover: { generatedAt: string } }>(model: T, at: string): unknown {
  const copy = JSON.parse(JSON.stringify(model)) as T;
  copy.cover.generatedAt = at;
  return copy;
}
