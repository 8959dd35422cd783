// The EMA sample workspace → import the seeded bet log (test/fixtures/bets/bets-sample.csv)
// through the toolbar's file picker: the preview names it a bet log, its six cities and 1,253
// bets → the trades stay (Overview still shows 384) → "Bets": six groups, Miami flagged as
// drifting in words; paste the sample's candidates and compute today's split: the group
// budgets add up to the $500 run budget (SPEC: min($500 cap, 25% × $2,000 cash)), tickets sized,
// none forced; then the hand-worked nothing-passes candidates (test/fixtures/bets/README.md):
// exactly one ticket, Chicago 4 contracts $2.00, marked FORCED. Saved run listed.
// Screenshots at 1280×720 and 1920×1080.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, cardText, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name, exact: true }).click();
}

async function computed(page: Page): Promise<void> {
  await page.locator('.bets[data-phase="done"]').waitFor({ timeout: 30_000 });
}

function dollars(text: string): number {
  return Number(text.replace(/[$,]/g, ''));
}

it('imports a bet log through the import dialog, shows the groups and computes today’s split with the forced ticket', async () => {
  const { page } = app;
  await waitForOverview(page);
  expect(await cardText(page, 'trades')).toContain('384');

  await importThroughToolbar(page, [repoFile('test/fixtures/bets/bets-sample.csv')]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  const facts = await dialog.getByTestId('preview-facts').innerText();
  expect(facts).toContain('Prediction-market bet log');
  expect(facts).toContain('1,253');
  expect(facts).toMatch(/Austin, Chicago, Denver, Los Angeles, Miami, New York/);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });

  // The bet log sits beside the trade log.
  await waitForOverview(page);
  expect(await cardText(page, 'trades')).toContain('384');

  await openPage(page, 'Bets');
  await computed(page);
  expect(await page.getByTestId('bets-log-facts').innerText()).toContain('1,253 bets · 6 groups');
  await expect.poll(() => page.locator('[data-testid="bets-groups"] tbody tr').count()).toBe(6);
  expect(await page.locator('[data-testid="bets-groups"] tbody tr.bets-drifting').count()).toBeGreaterThanOrEqual(1);
  expect(await page.locator('tr[data-group="Miami"]').getAttribute('class')).toBe('bets-drifting');
  expect(await page.getByTestId('bets-drift').innerText()).toMatch(/Miami has been off by \d+\.\d lately/);
  expect(await page.getByTestId('reliability-diagram').count()).toBe(6);

  await page.getByTestId('bets-candidates').fill(readFileSync(repoFile('test/fixtures/bets/bets-candidates.csv'), 'utf8'));
  await page.getByTestId('bets-compute').click();
  await computed(page);
  expect(await page.getByTestId('bets-run-budget').innerText()).toContain("Today's budget: $500.00");
  const budgets = await page.getByTestId('group-budget').allInnerTexts();
  const split = budgets.filter((b) => b.startsWith('$')).map(dollars);
  expect(split.reduce((a, b) => a + b, 0)).toBe(500);
  expect(split.every((b) => b >= 0.05 * 500 && b <= 0.4 * 500)).toBe(true);
  expect(await page.getByTestId('bet-ticket').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-testid="bet-ticket"][data-forced="true"]').count()).toBe(0);

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await screenshot(page, `bets-${width}x${height}.png`);
  }

  // Nothing passes: exactly one ticket, forced, at the $2 cap.
  await page.getByTestId('bets-candidates').fill(readFileSync(repoFile('test/fixtures/bets/nothing-passes-candidates.csv'), 'utf8'));
  await page.getByTestId('bets-compute').click();
  await computed(page);
  await expect.poll(() => page.getByTestId('bet-ticket').count()).toBe(1);
  const forced = page.locator('[data-testid="bet-ticket"][data-forced="true"]');
  expect(await forced.count()).toBe(1);
  const cells = (await forced.locator('td').allInnerTexts()).map((t) => t.trim());
  expect([cells[0], cells[2], cells[7], cells[8], cells[9]]).toEqual(['Chicago', 'YES', '4', '$2.00', 'FORCED']);
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, 'bets-forced-1280x720.png');

  await page.getByLabel('Name of this run').fill('Nothing passes');
  await page.getByTestId('bets-save-run').click();
  await expect.poll(() => page.getByTestId('bets-runs').innerText()).toContain('Nothing passes');
  expect(await page.getByTestId('bets-runs').innerText()).toContain('FORCED');
  expect(await page.locator('.bets').innerText()).not.toMatch(/NaN|Infinity/);
  expectNoErrors(app);
});
