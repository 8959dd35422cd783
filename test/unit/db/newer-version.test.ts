/** A workspace written by a newer Sizewise (higher user_version) is refused with a clear message. */
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, createWorkspace, openWorkspaceBytes } from '../../../core/db';
import { loadSqlJs } from './sample';

describe('a workspace from a newer version', () => {
  it('is refused, naming both schema versions', async () => {
    const SQL = await loadSqlJs();
    const future = createWorkspace(SQL);
    future.exec(`CREATE TABLE future_feature (id INTEGER); PRAGMA user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
    expect(openWorkspaceBytes(SQL, future.export())).toEqual({
      ok: false,
      code: 'newer-version',
      message: 'This workspace was made by a newer Sizewise (schema v5); this version reads up to v4. Update Sizewise to open it.',
    });
  });
});
