/** Imports a fixture into a DataService the way the app does: preview, then commit; a refusal fails the test. */
import type { WorkspaceSummary } from '../../../workers/data-api';
import type { DataService } from '../../../workers/data-service';
import { fixtureBytes } from './fixtures';

/** Previews and commits `test/fixtures/optionomega/<name>`; returns the workspace summary after the commit. */
export async function importSample(service: DataService, name: string, options: { replace?: boolean } = {}): Promise<WorkspaceSummary> {
  const preview = await service.previewImport(name, fixtureBytes(`optionomega/${name}`));
  if (!preview.ok) throw new Error(preview.message);
  const committed = await service.commitImport(preview.previewId, options);
  if (!committed.ok) throw new Error(committed.message);
  return committed.summary;
}

/** Previews and commits the seeded bet log `test/fixtures/bets/<name>` (issue 12) through the import dialog's path. */
export async function importBetSample(service: DataService, name = 'bets-sample.csv', options: { replace?: boolean } = {}): Promise<WorkspaceSummary> {
  const preview = await service.previewImport(name, fixtureBytes(`bets/${name}`));
  if (!preview.ok) throw new Error(preview.message);
  if (preview.format !== 'bet-log') throw new Error(`${name} was not taken for a bet log (${preview.format})`);
  const committed = await service.commitImport(preview.previewId, options);
  if (!committed.ok) throw new Error(committed.message);
  return committed.summary;
}
