// The Report page behind the REAL Electron handlers (electron-bridge.ts): the preview of the
// EMA sample's report, "Export CSV" on a report table and on the Overview's strategy table
// (save dialog answers a temp path → the CSV on disk), "Export PDF…" → the export dialog
// (sections, paper size) → the report printed in print mode through the WindowPort
// (page.pdf() with main's printToPDF options) → the PDF on disk, checked with pdftotext and
// pdfinfo, its footer the CLI's (core/report/print-layout.ts) on every page; page 1 is kept
// as a PNG in test/e2e/__artifacts__/. File → Export report… opens the same dialog, which
// takes focus, keeps Tab inside and closes on Escape.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoErrors, repoFile, screenshot, waitForOverview } from './app';
import { goToPage, newTempDir, openBridgedApp, removeTempDir, openSizing, type BridgedApp } from './electron-bridge-app';

const artifacts = repoFile('test/e2e/__artifacts__/');

/**
 * The footer of page `page` of `pages` as pdftotext lays it out: the same text
 * test/e2e/report.e2e.test.ts expects of the CLI's PDF ("title — portfolio — date", "page / pages").
 */
const footerLine = (page: number, pages: number) => new RegExp(`Sizing report — EMA sample — \\d{4}-\\d{2}-\\d{2}\\s+page ${page} of ${pages}\\s*$`);

const SECTION_TITLES = ['Portfolio statistics', 'Equity and drawdown', 'Per-strategy statistics', 'Kelly sizing', 'Margin utilisation', 'Drawdown target and Kelly band', 'Edge realism', 'Replay comparison', 'Monte Carlo', 'Live vs backtest', 'Allocation', 'Warnings'];

let session: BridgedApp;
beforeAll(async () => {
  session = await openBridgedApp(newTempDir('report'));
  await waitForOverview(session.app.page);
});
afterAll(async () => {
  await session.app.close();
  removeTempDir(session.bridge.dir);
});

async function openReportPage(page: Page): Promise<void> {
  await goToPage(page, 'Report');
  await page.getByTestId('report-preview').waitFor({ timeout: 20_000 });
  await page.locator('body[data-report-ready="true"]').waitFor({ timeout: 20_000 });
}

/** Waits for the info notice of a finished export. */
async function exported(page: Page, text: string): Promise<void> {
  await page.getByTestId('notice').filter({ hasText: text }).waitFor();
}

it("previews the EMA sample's report at the Sizing page's defaults (half Kelly)", async () => {
  const { page } = session.app;
  await openReportPage(page);
  const preview = page.getByTestId('report-preview');
  const cover = await preview.locator('.report-cover').innerText();
  expect(cover).toContain('EMA sample');
  expect(cover).toContain('384');
  expect(cover).toContain('50.00% of the growth-optimal fraction f* (half Kelly)');
  expect(await preview.locator('.report-section h2').allInnerTexts()).toEqual(SECTION_TITLES);
  expect(await preview.locator('.report-chart svg').count()).toBeGreaterThan(0);
  await screenshot(page, 'report-page.png');
  expectNoErrors(session.app);
});

it('exports a report table as CSV through the save dialog', async () => {
  const { app, bridge } = session;
  const { page } = app;
  const target = join(bridge.paths.documents, 'portfolio.csv');
  bridge.answerSave(target);
  await page.locator('.report-table-block').filter({ has: page.locator('[data-table-id="portfolio-statistics"]') }).getByRole('button', { name: 'Export CSV' }).click();
  await exported(page, 'portfolio.csv');
  expect(bridge.dialogs.at(-1)).toMatchObject({ kind: 'save', defaultPath: join(bridge.paths.documents, 'EMA sample portfolio-statistics.csv'), filters: [{ name: 'CSV', extensions: ['csv'] }] });
  const lines = readFileSync(target, 'utf8').split('\r\n');
  expect(lines[0]).toBe('Metric,Value');
  expect(lines).toContain('Trades,384');
  expect(lines).toContain('Total P/L,19735');
  expectNoErrors(app);
});

it('exports the chosen sections to a Letter PDF through the export dialog', async () => {
  const { app, bridge } = session;
  const { page } = app;
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.waitFor();
  expect(await dialog.locator('.export-report-section > span').allInnerTexts()).toEqual(SECTION_TITLES);
  await dialog.getByRole('checkbox', { name: /Warnings/ }).uncheck();
  await dialog.getByRole('radio', { name: 'Letter' }).check();
  // The window as the user sees it (the dialog is fixed in the viewport).
  await page.screenshot({ path: repoFile('test/e2e/__screenshots__/export-dialog.png') });

  const target = join(bridge.paths.documents, 'ema-report.pdf');
  bridge.answerSave(join(bridge.paths.documents, 'ema-report'));
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  await exported(page, 'ema-report.pdf');
  expect(bridge.dialogs.at(-1)).toMatchObject({ kind: 'save', title: 'Export report', defaultPath: join(bridge.paths.documents, 'EMA sample sizing report.pdf') });
  expect(bridge.prints.map((options) => options.pageSize)).toEqual(['Letter']);
  await page.getByTestId('printed-report').waitFor({ state: 'detached' });

  expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThanOrEqual(SECTION_TITLES.length);

  const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
  expect(text).toContain('Sizing report');
  expect(text).toContain('EMA sample');
  expect(text).toMatch(/Trades\s+384/);
  expect(text).toMatch(/Total P\/L\s+19,735\.00/);
  for (const title of SECTION_TITLES.slice(0, -1)) expect(text).toContain(title);
  expect(text).not.toMatch(/^\s*Warnings\s*$/m);
  // The CLI's footer on every page, not a footer of the app's own.
  text
    .split('\f')
    .slice(0, pages)
    .forEach((printed, i) => expect(printed).toMatch(footerLine(i + 1, pages)));
  mkdirSync(artifacts, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', target, `${artifacts}app-report-page1`]);
  // Print mode prints the report alone: none of the app around it.
  expect(text).not.toContain('your data stays on this computer');
  expect(text).not.toContain('Import…');
  expectNoErrors(app);
});

it('prints A4 (the default) from File → Export report…, every table column on the page', async () => {
  const { app, bridge } = session;
  const { page } = app;
  await bridge.sendMenuCommand('export-report');
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.waitFor();
  expect(await dialog.getByRole('radio', { name: 'A4' }).isChecked()).toBe(true);
  const target = join(bridge.paths.documents, 'ema-report-a4.pdf');
  bridge.answerSave(target);
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  await exported(page, 'ema-report-a4.pdf');
  expect(bridge.prints.map((options) => options.pageSize)).toEqual(['Letter', 'A4']);
  expect(execFileSync('pdfinfo', [target], { encoding: 'utf8' })).toMatch(/Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  // The last columns of the widest tables are inside the printable area.
  const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/Placeable\s+At risk\s+need/);
  expect(text).toMatch(/Portfolio\s+384\s+5\.22%.*89,550\.00/); // 6 placeable CCS contracts × 14,925 margin per contract at the busiest moment
  expect(text).toContain('Warnings');
  expectNoErrors(app);
});

it('opens the export dialog from File → Export report… on any page, and Cancel closes it', async () => {
  const { app, bridge } = session;
  const { page } = app;
  await goToPage(page, 'Overview');
  await waitForOverview(page);
  await bridge.sendMenuCommand('export-report');
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(bridge.prints).toHaveLength(2);
  expectNoErrors(app);
});

it('focuses the export dialog when it opens, keeps Tab inside it, and cancels on Escape', async () => {
  const { app, bridge } = session;
  const { page } = app;
  await bridge.sendMenuCommand('export-report');
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.waitFor();
  /** Where focus is: a control of the open dialog, the bare document (the browser's own UI has it), or elsewhere. */
  const focusStop = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) return 'document';
      if (active.closest('dialog[open]') === null) return `outside: ${active.outerHTML.slice(0, 80)}`;
      return active instanceof HTMLInputElement ? active.value : (active.textContent ?? '');
    });
  await expect.poll(focusStop).toBe('portfolio');
  // Tab cycles through the dialog's controls, from the last straight back to the first: never
  // the page behind it (inert under the modal) and never the browser's own UI.
  const sections = await dialog.locator('input[name="section"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(sections).toEqual(expect.arrayContaining(['portfolio', 'charts', 'strategies', 'kelly', 'margin', 'realism', 'warnings']));
  expect(sections[0]).toBe('portfolio');
  const cycle = [...sections.slice(1), 'A4', 'Cancel', 'Export PDF…', 'portfolio'];
  const stops: string[] = [];
  for (let i = 0; i < 2 * cycle.length; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focusStop());
  }
  expect(stops).toEqual([...cycle, ...cycle]);
  // Shift+Tab from the first control goes to the last, and on backwards through the cycle.
  const backStops: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Shift+Tab');
    backStops.push(await focusStop());
  }
  expect(backStops).toEqual(['Export PDF…', 'Cancel', 'A4']);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(bridge.prints).toHaveLength(2);
  expectNoErrors(app);
});

it("exports the Overview's strategy table as CSV", async () => {
  const { app, bridge } = session;
  const { page } = app;
  const target = join(bridge.paths.documents, 'strategies.csv');
  bridge.answerSave(target);
  await page.getByRole('region', { name: 'Strategies' }).getByRole('button', { name: 'Export CSV' }).click();
  await exported(page, 'strategies.csv');
  const [header, ...rows] = readFileSync(target, 'utf8').trimEnd().split('\r\n');
  expect(header.split(',').slice(0, 4)).toEqual(['Strategy', 'Trades', 'Total P/L', 'Win rate']);
  expect(rows.map((row) => row.split(',').slice(0, 3))).toEqual([
    ['0DTE CCS - EMA Entry', '205', '15332'],
    ['0DTE PCS - EMA Entry', '179', '4403'],
  ]);
  expectNoErrors(app);
});

it("follows the Sizing page's saved capital and Kelly fraction", async () => {
  const { app } = session;
  const { page } = app;
  await openSizing(page);
  await page.locator('#sizing-capital').fill('80000');
  await page.getByRole('radio', { name: 'Quarter' }).click();
  await page.locator('.sizing[aria-busy="false"]').waitFor();
  await expect.poll(() => page.getByTestId('workspace-name').innerText()).toContain('unsaved');
  await openReportPage(page);
  const preview = page.getByTestId('report-preview');
  await expect.poll(() => preview.locator('.report-cover').innerText()).toContain('25.00% of the growth-optimal fraction f* (quarter Kelly)');
  expect(await preview.locator('.report-cover').innerText()).toMatch(/Capital\s+80,000\.00/);
  expect(await preview.locator('[data-section-id="kelly"] .report-notes').innerText()).toContain('Sized for capital 80,000.00 at 25.00% of the growth-optimal fraction f*');
  expectNoErrors(app);
});
