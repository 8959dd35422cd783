// A hand-made date-only log (no time columns) whose account goes below zero on 2025-03-12
// (test/fixtures/optionomega/hand-made/ruined-date-only.csv): the Overview says "Ruined on",
// caps the drawdown at 100% and gives the reason beside every "—"; the Replay page replays the
// date-only log and badges the ruined scenario; the report says why edge realism has no content.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardText, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

const REASON = 'Undefined: ruined on 2025-03-12: equity fell to -500.00.';

/** Screenshots of the page at the two reviewed window sizes. */
async function shots(name: string): Promise<void> {
  const { page } = app;
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await screenshot(page, `${name}-${width}.png`);
  }
  await page.setViewportSize({ width: 1440, height: 1000 });
}

it('shows the ruin on the Overview, the Replay page and the report', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);
  await importThroughToolbar(page, [repoFile('test/fixtures/optionomega/hand-made/ruined-date-only.csv')]);
  const preview = page.getByTestId('import-preview');
  await preview.waitFor();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await preview.waitFor({ state: 'detached' });
  await waitForOverview(page);

  expect(await page.getByTestId('ruin-banner').innerText()).toContain('Ruined on Mar 12, 2025: equity reached -$500.00.');
  expect(await cardText(page, 'maxDrawdown')).toBe('100.00%');
  expect(await cardText(page, 'cagr')).toBe(`— ${REASON}`);
  expect(await page.getByTestId('card-sharpe').locator('.value-missing').getAttribute('title')).toBe(REASON);
  await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(2);
  await shots('ruined-overview');

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Replay' }).click();
  const logged = page.locator('[data-testid="replay-metrics"] tr[data-scenario="As logged"]');
  await expect.poll(() => logged.locator('td[data-column="final"]').innerText(), { timeout: 20_000 }).toBe('-$500.00');
  expect(await logged.getByTestId('ruin-badge').innerText()).toBe('Ruined Mar 12, 2025');
  expect(await logged.locator('td[data-column="maxdd"]').innerText()).toBe('100.00%');
  expect(await logged.locator('td[data-column="cagr"] .value-missing').getAttribute('title')).toBe(REASON);
  await shots('ruined-replay');

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Report' }).click();
  const realism = page.getByTestId('report-omitted-realism');
  await realism.waitFor({ timeout: 30_000 });
  expect(await realism.innerText()).toBe('Not included: the account was ruined on 2025-03-12: equity fell to -500.00; daily returns end there, so the Sharpe statistics are undefined.');
  await page.locator('[data-section-id="realism"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: repoFile('test/e2e/__screenshots__/ruined-report-realism.png') });

  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.waitFor();
  expect(await dialog.locator('.export-report-unavailable').allInnerTexts()).toEqual([
    'No content: the account was ruined on 2025-03-12: equity fell to -500.00; daily returns end there, so the Sharpe statistics are undefined. The report says so in its place.',
    'No content: No live record: import an OptionOmega reporting log (the live fills) to compare it with the backtest. The report says so in its place.',
    'No content: no saved allocation: run an allocation on the Allocate page and save it in the workspace. The report says so in its place.',
  ]);
  await page.screenshot({ path: repoFile('test/e2e/__screenshots__/ruined-export-dialog.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expectNoErrors(app);
});
