// Autosave of a recovery copy and its restore on the next start, through the REAL Electron
// handlers: a settings change makes the workspace dirty; nothing is written until 60 s of
// unsaved work have passed (the page clock is fast-forwarded), then userData/recovery.sizewise
// holds the change. The next start of the app (same userData) restores it, marked unsaved.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { expectNoErrors, waitForOverview } from './app';
import { lastTitle } from './electron-bridge';
import { newTempDir, openBridgedApp, removeTempDir, openSizing, overviewNumbers, readWorkspaceFile, sizingShown, SIZING_KEY, type BridgedApp } from './electron-bridge-app';

const dir = newTempDir('recovery');
const sessions: BridgedApp[] = [];
afterAll(async () => {
  for (const session of sessions) await session.app.close();
  removeTempDir(dir);
});

it('writes the recovery copy after 60 s of unsaved changes and restores it on the next start', async () => {
  const first = await openBridgedApp(dir, { beforeLoad: (page) => page.clock.install() });
  sessions.push(first);
  const { page, bridge } = { page: first.app.page, bridge: first.bridge };
  const recovery = join(bridge.paths.userData, 'recovery.sizewise');
  await waitForOverview(page);
  await expect.poll(() => lastTitle(bridge)).toBe('Sizewise — EMA sample');

  await openSizing(page);
  await page.locator('#sizing-capital').fill('75000');
  await page.clock.runFor(1_000);
  await expect.poll(() => lastTitle(bridge)).toBe('● Sizewise — EMA sample');
  await page.clock.runFor(50_000);
  expect(existsSync(recovery)).toBe(false);
  await page.clock.runFor(10_000);
  await expect.poll(() => existsSync(recovery)).toBe(true);
  expect(await readWorkspaceFile(new Uint8Array(readFileSync(recovery)), SIZING_KEY)).toMatchObject({ ok: true, trades: 384, setting: { capital: 75_000 } });
  expectNoErrors(first.app);

  // The next start (the first window was never saved): the recovered work comes back, unsaved.
  const second = await openBridgedApp(dir);
  sessions.push(second);
  await second.app.page.getByTestId('notice').filter({ hasText: 'Unsaved work from your last session was restored' }).waitFor();
  await expect.poll(() => lastTitle(second.bridge)).toBe('● Sizewise — Recovered workspace');
  expect(await overviewNumbers(second.app.page)).toMatchObject({ trades: '384', totalPl: '$19,735.00' });
  expect(await sizingShown(second.app.page)).toMatchObject({ capital: '75000' });
  expectNoErrors(second.app);
});
