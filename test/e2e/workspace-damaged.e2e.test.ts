// Opening damaged and foreign files through File → Open… (the REAL Electron handlers, the
// open dialog answering each file): a truncated copy of a real workspace, a PNG renamed
// .sizewise, another application's SQLite database and an empty file each show a clear error
// naming the file, and the open workspace (name, title, numbers) stays exactly as it was.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureBytes } from '../unit/support/fixtures';
import { DataService } from '../../workers/data-service';
import { expectNoErrors, repoFile, waitForOverview } from './app';
import { lastTitle } from './electron-bridge';
import { newTempDir, openBridgedApp, removeTempDir, overviewNumbers, type BridgedApp } from './electron-bridge-app';

let session: BridgedApp;
const files: Record<string, string> = {};

/** The EMA trade log as workspace bytes, made by the data service the app's worker runs. */
async function realWorkspace(): Promise<Uint8Array> {
  const service = new DataService(await initSqlJs());
  const preview = await service.previewImport('ema-tradelog.csv', fixtureBytes('optionomega/ema-tradelog.csv'));
  if (!preview.ok) throw new Error(preview.message);
  const committed = await service.commitImport(preview.previewId);
  if (!committed.ok) throw new Error(committed.message);
  return service.exportWorkspace();
}

async function foreignDatabase(): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run('CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT); INSERT INTO photos (caption) VALUES (\'beach\');');
  const bytes = db.export();
  db.close();
  return bytes;
}

beforeAll(async () => {
  session = await openBridgedApp(newTempDir('damaged'));
  const { documents } = session.bridge.paths;
  const workspace = await realWorkspace();
  files.truncated = join(documents, 'truncated.sizewise');
  writeFileSync(files.truncated, workspace.subarray(0, Math.floor(workspace.length / 2)));
  files.png = join(documents, 'holiday.sizewise');
  copyFileSync(repoFile('resources/icons/256x256.png'), files.png);
  files.foreign = join(documents, 'photos.sizewise');
  writeFileSync(files.foreign, await foreignDatabase());
  files.empty = join(documents, 'empty.sizewise');
  writeFileSync(files.empty, new Uint8Array());
});
afterAll(async () => {
  await session.app.close();
  removeTempDir(session.bridge.dir);
});

const CASES = [
  { file: 'truncated', name: 'truncated.sizewise', reason: /is truncated: \d+ bytes, its header says/ },
  { file: 'png', name: 'holiday.sizewise', reason: /is a PNG image, not a Sizewise workspace/ },
  { file: 'foreign', name: 'photos.sizewise', reason: /SQLite database of another application.*photos/ },
  { file: 'empty', name: 'empty.sizewise', reason: /is empty \(0 bytes\)/ },
] as const;

it('refuses each damaged or foreign file with a clear message and keeps the open workspace', async () => {
  const { app, bridge } = session;
  const { page } = app;
  await waitForOverview(page);
  await expect.poll(() => lastTitle(bridge)).toBe('Sizewise — EMA sample');
  const before = await overviewNumbers(page);
  expect(before).toMatchObject({ trades: '384', totalPl: '$19,735.00' });

  for (const { file, name, reason } of CASES) {
    bridge.answerOpen([files[file]]);
    await page.getByRole('button', { name: 'Open…' }).click();
    const alert = page.getByRole('alert').filter({ hasText: name });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text, name).toMatch(reason);
    expect(text, name).toContain('Your workspace was not changed.');
    await alert.getByRole('button', { name: 'Dismiss message' }).click();

    expect(await page.getByTestId('workspace-name').locator('strong').innerText()).toBe('EMA sample');
    expect(lastTitle(bridge)).toBe('Sizewise — EMA sample');
    expect(await overviewNumbers(page), name).toEqual(before);
  }
  expectNoErrors(app);
});
