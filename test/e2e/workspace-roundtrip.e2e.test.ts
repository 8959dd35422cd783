// Workspace round trip through the REAL Electron handlers (electron-bridge.ts): New → import
// the EMA trade log (open dialog) → Save (save dialog answers a temp path) → the file is a
// SQLite workspace with the trades → set capital on the Sizing page: it marks the title
// dirty, Save writes it in place → change the Kelly fraction and File → Save at once: the
// file holds the edit → New → Open (dialog answers the file) → identical Overview numbers
// and sizing settings, title = file name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoErrors, repoFile, startNewWorkspace, waitForOverview } from './app';
import { lastTitle } from './electron-bridge';
import { newTempDir, openBridgedApp, removeTempDir, openSizing, overviewNumbers, readWorkspaceFile, sizingShown, SIZING_KEY, type BridgedApp } from './electron-bridge-app';

let session: BridgedApp;
beforeAll(async () => {
  session = await openBridgedApp(newTempDir('roundtrip'));
});
afterAll(async () => {
  await session.app.close();
  removeTempDir(session.bridge.dir);
});

it('saves settings and numbers to a .sizewise file and opens them again', async () => {
  const { app, bridge } = session;
  const { page } = app;
  const title = () => lastTitle(bridge);
  await waitForOverview(page);
  await expect.poll(title).toBe('Sizewise — EMA sample');

  await startNewWorkspace(page);
  await expect.poll(title).toBe('Sizewise — Untitled');

  bridge.answerOpen([repoFile('test/fixtures/optionomega/ema-tradelog.csv')]);
  await page.getByRole('button', { name: 'Import…' }).first().click();
  const preview = page.getByTestId('import-preview');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await preview.waitFor({ state: 'detached' });
  await waitForOverview(page);
  await expect.poll(title).toBe('● Sizewise — Untitled');

  // Save: no file yet, so main asks where (the dialog answers without the extension).
  const file = join(bridge.paths.documents, 'ema-roundtrip.sizewise');
  bridge.answerSave(join(bridge.paths.documents, 'ema-roundtrip'));
  await page.getByRole('button', { name: 'Save…' }).click();
  await expect.poll(title).toBe('Sizewise — ema-roundtrip');
  expect(bridge.dialogs.at(-1)).toMatchObject({ kind: 'save', title: 'Save workspace', defaultPath: join(bridge.paths.documents, 'Untitled.sizewise') });
  await expect.poll(() => page.getByTestId('workspace-name').locator('strong').innerText()).toBe('ema-roundtrip');
  const saved = new Uint8Array(readFileSync(file));
  expect(Buffer.from(saved.subarray(0, 16)).toString('latin1')).toBe('SQLite format 3\u0000');
  expect(await readWorkspaceFile(saved, SIZING_KEY)).toEqual({ ok: true, trades: 384, setting: null });

  // Each settings change marks the workspace dirty (once written to the workspace); Save
  // (toolbar, then the File menu) rewrites the same file without asking.
  await openSizing(page);
  const dialogsBefore = bridge.dialogs.length;
  await page.locator('#sizing-capital').fill('50000');
  await expect.poll(title).toBe('● Sizewise — ema-roundtrip');
  await expect.poll(() => page.getByTestId('workspace-name').innerText()).toContain('unsaved');
  await page.getByRole('button', { name: 'Save…' }).click();
  await expect.poll(title).toBe('Sizewise — ema-roundtrip');
  expect(await readWorkspaceFile(new Uint8Array(readFileSync(file)), SIZING_KEY)).toMatchObject({ ok: true, trades: 384, setting: { capital: 50_000, preset: 'half' } });

  // File → Save right after an edit, before the setting's delayed write: Save writes the
  // waiting edit first, so the file holds it.
  await page.getByRole('radio', { name: 'Quarter' }).click();
  await bridge.sendMenuCommand('save');
  await expect.poll(() => readWorkspaceFile(new Uint8Array(readFileSync(file)), SIZING_KEY)).toMatchObject({ ok: true, trades: 384, setting: { capital: 50_000, preset: 'quarter' } });
  await expect.poll(title).toBe('Sizewise — ema-roundtrip');
  expect(bridge.dialogs.length).toBe(dialogsBefore);

  const sizingBefore = await sizingShown(page);
  expect(sizingBefore).toMatchObject({ capital: '50000', preset: 'Quarter' });
  const numbersBefore = await overviewNumbers(page);
  expect(numbersBefore).toMatchObject({ trades: '384', totalPl: '$19,735.00', winRate: '48.44%', cagr: '26.59%', maxDrawdown: '12.89%', sharpe: '1.22' });

  await startNewWorkspace(page);
  await expect.poll(title).toBe('Sizewise — Untitled');

  bridge.answerOpen([file]);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect.poll(title).toBe('Sizewise — ema-roundtrip');
  expect(bridge.dialogs.at(-1)).toMatchObject({ kind: 'open', title: 'Open workspace', filters: [{ name: 'Sizewise workspace', extensions: ['sizewise'] }] });
  expect(await overviewNumbers(page)).toEqual(numbersBefore);
  expect(await sizingShown(page)).toEqual(sizingBefore);
  await expect.poll(title).toBe('Sizewise — ema-roundtrip');
  expectNoErrors(app);
});
