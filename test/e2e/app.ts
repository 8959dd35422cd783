/**
 * Helpers of the end-to-end tests: open the app in a fresh browser context, collect every
 * uncaught error and console error (a test fails on any), read the Overview's numbers.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const repoFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const screenshotDir = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

export interface AppSession {
  page: Page;
  /** Uncaught page errors and console errors, in order. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** Runs on the new page before the app loads (e.g. installing a fake Electron bridge). */
  beforeLoad?: (page: Page) => Promise<void>;
}

export async function openApp(options: OpenAppOptions = {}): Promise<AppSession> {
  const browser: Browser = await chromium.connect(inject('browserEndpoint'));
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await options.beforeLoad?.(page);
  await page.goto(inject('appUrl'));
  return {
    page,
    errors,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** Waits until the Overview shows statistics for the current workspace and filter. */
/** Toolbar → New, then wait for the empty workspace. */
export async function startNewWorkspace(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByTestId('empty-state').waitFor();
}

export async function waitForOverview(page: Page): Promise<void> {
  try {
    await page.getByTestId('stat-cards').waitFor({ timeout: 20_000 });
    await page.locator('.overview[aria-busy="false"]').waitFor({ timeout: 20_000 });
  } catch (error) {
    const shown = await page.locator('body').innerText().catch(() => '(page unreadable)');
    throw new Error(`The Overview did not finish computing. Page shows:\n${shown.slice(0, 1500)}`, { cause: error });
  }
}

/** The text of a statistic card's values (e.g. "$19,735.00"). */
export async function cardText(page: Page, id: string): Promise<string> {
  return (await page.getByTestId(`card-${id}`).locator('.stat-card-values').innerText()).replace(/\s+/g, ' ').trim();
}

/** The cell texts of the per-strategy table row of one strategy, keyed by column header. */
export async function strategyRow(page: Page, name: string): Promise<Record<string, string>> {
  const table = page.getByTestId('strategy-table');
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.replace(/[▲▼]/g, '').trim());
  const cells = await table.locator(`tbody tr[data-strategy="${name}"] td`).allInnerTexts();
  return Object.fromEntries(headers.map((header, index) => [header, (cells[index] ?? '').trim()]));
}

/**
 * Saves a screenshot of the whole window content. The page scrolls inside `.page` (the
 * sidebar and toolbar stay put), so the viewport is grown to the content height first.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1440, height: 1000 };
  const contentHeight = await page.evaluate(() => {
    const scroller = document.querySelector('.page');
    return scroller ? scroller.scrollHeight + scroller.getBoundingClientRect().top : document.body.scrollHeight;
  });
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(contentHeight)) });
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${screenshotDir}${name}` });
  await page.setViewportSize(viewport);
}

/** Opens the platform's file picker via the Import… button and picks `paths`. */
export async function importThroughToolbar(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).first().click();
  await (await chooser).setFiles(paths);
}

export function expectNoErrors(session: AppSession): void {
  expect(session.errors, session.errors.join('\n')).toEqual([]);
}
