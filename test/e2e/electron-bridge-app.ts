/**
 * Helpers of the workspace end-to-end tests: the app behind the real Electron handlers
 * (electron-bridge.ts) in a fresh temp folder, page navigation, the Overview's numbers, and
 * reading a saved `.sizewise` file back with core/db in the test process.
 */
import { mkdtempSync } from 'node:fs';
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

/** The app with the Electron platform, its files in a new temp folder. */
export async function openBridgedApp(prefix: string): Promise<BridgedApp> {
  const dir = mkdtempSync(join(tmpdir(), `sizewise-${prefix}-`));
  let bridge: ElectronBridge | undefined;
  const app = await openApp({
    beforeLoad: async (page) => {
      bridge = await installElectronBridge(page, dir);
    },
  });
  return { app, bridge: bridge! };
}

export async function goToPage(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: title, exact: true }).click();
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
