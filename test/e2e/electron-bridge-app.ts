/**
 * Helpers of the workspace end-to-end tests: the app behind the real Electron handlers
 * (electron-bridge.ts) in a fresh temp folder, page navigation, the Overview's numbers, and
 * reading a saved `.sizewise` file back with core/db in the test process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import initSqlJs from 'sql.js';
import { getSetting, openWorkspaceBytes, queryTrades, workspaceFingerprint } from '../../core/db';
import { cardText, openApp, waitForOverview, type AppSession } from './app';
import { installElectronBridge, type ElectronBridge } from './electron-bridge';

export interface BridgedApp {
  app: AppSession;
  bridge: ElectronBridge;
}

export function newTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `sizewise-${prefix}-`));
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The app with the Electron platform, its files in `dir` (userData/, documents/). The same
 * dir in a second session is the next start of the app (recent list, recovery file).
 */
export async function openBridgedApp(dir: string, options: { beforeLoad?: (page: Page) => Promise<void> } = {}): Promise<BridgedApp> {
  let bridge: ElectronBridge | undefined;
  const app = await openApp({
    beforeLoad: async (page) => {
      bridge = await installElectronBridge(page, dir);
      await options.beforeLoad?.(page);
    },
  });
  return { app, bridge: bridge! };
}

export async function goToPage(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: title, exact: true }).click();
}

/** The Sizing page's settings record in the workspace (renderer/src/sizing/sizing-settings.ts). */
export const SIZING_KEY = 'sizing-page';

export async function openSizing(page: Page): Promise<void> {
  await goToPage(page, 'Sizing');
  try {
    await page.getByTestId('sizing-cards').waitFor({ timeout: 20_000 });
    await page.locator('.sizing[aria-busy="false"]').waitFor({ timeout: 20_000 });
  } catch (error) {
    const shown = await page.locator('main').innerText().catch(() => '(page unreadable)');
    throw new Error(`The Sizing page did not finish computing. It shows:\n${shown.slice(0, 1500)}`, { cause: error });
  }
}

/** What the Sizing page shows for its settings: capital field, chosen preset, the summary cards. */
export async function sizingShown(page: Page): Promise<{ capital: string; preset: string; cards: string }> {
  await openSizing(page);
  return {
    capital: await page.locator('#sizing-capital').inputValue(),
    preset: await page.locator('.segmented [role="radio"][aria-checked="true"]').innerText(),
    cards: (await page.getByTestId('sizing-cards').innerText()).replace(/\s+/g, ' '),
  };
}

/** The Overview statistic cards that identify a portfolio's numbers. */
export const KEY_CARDS = ['trades', 'totalPl', 'winRate', 'startingCapital', 'cagr', 'maxDrawdown', 'sharpe', 'sortino', 'calmar'] as const;

export async function overviewNumbers(page: Page): Promise<Record<string, string>> {
  await goToPage(page, 'Overview');
  await waitForOverview(page);
  const numbers: Record<string, string> = {};
  for (const id of KEY_CARDS) numbers[id] = await cardText(page, id);
  return numbers;
}

/** A saved workspace file read with core/db: its trade count and one settings record. */
export async function readWorkspaceFile(bytes: Uint8Array, settingsKey: string): Promise<{ ok: true; trades: number; setting: unknown } | { ok: false; message: string }> {
  const SQL = await initSqlJs();
  const opened = openWorkspaceBytes(SQL, bytes);
  if (!opened.ok) return { ok: false, message: opened.message };
  try {
    const record = getSetting(opened.db, await workspaceFingerprint(opened.db), settingsKey);
    return { ok: true, trades: queryTrades(opened.db).length, setting: record?.value ?? null };
  } finally {
    opened.db.close();
  }
}
