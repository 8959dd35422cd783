// The Bets page of a workspace without a bet log offers the bundled sample: "Try the sample bet
// log" imports resources/sample/bets-sample.csv (1,253 bets, six cities) beside the EMA trades,
// fills in the sample's candidates and computes today's split at once: the run budget is $500
// (min($500 cap, 25% × $2,000 cash)), the group budgets add up to it, tickets are sized.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, expectNoErrors, openApp, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

async function openPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name, exact: true }).click();
}

it('loads the bundled sample bet log from the Bets page and computes the split', async () => {
  const { page } = app;
  await waitForOverview(page);
  await openPage(page, 'Bets');
  await page.getByTestId('bets-empty').waitFor();
  await page.getByTestId('bets-load-sample').click();
  await page.locator('.bets[data-phase="done"]').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('bets-log-facts').innerText()).toContain('bets-sample.csv · 1,253 bets · 6 groups');
  expect(await page.getByTestId('bets-candidates').inputValue()).toMatch(/^group,market,side,p_model,price,available_contracts\nChicago,KXHIGHCHI-25JUN29-B79/);
  await expect.poll(() => page.getByTestId('bet-ticket').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('bets-run-budget').innerText()).toContain("Today's budget: $500.00");
  const split = (await page.getByTestId('group-budget').allInnerTexts()).filter((b) => b.startsWith('$')).map((b) => Number(b.replace(/[$,]/g, '')));
  expect(split.reduce((a, b) => a + b, 0)).toBe(500);
  expectNoErrors(app);
});
