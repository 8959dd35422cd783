// Risk page on the EMA sample: a 20,000-path percent-mode block bootstrap over 384 trades
// matches the independent reference (median final 119,339 ± 2%); a big run shows progress
// and Cancel really stops it, leaving the page usable for the next run. The page opens with the
// Sizing page's recommendation as its sizing (issue 18 §1), stated in words; the reference run
// is the log as recorded.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardText, expectNoErrors, openApp, screenshot, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

const money = (text: string) => Number(text.replace(/[$,]/g, ''));

async function setField(testId: string, value: string) {
  const input = app.page.getByTestId(testId);
  await input.fill(value);
}

it('simulates the reference run, then cancels a big run and stays usable', async () => {
  const { page } = app;
  await waitForOverview(page);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Risk' }).click();
  await page.getByTestId('risk').waitFor();

  // Opens with the recommendation: the Sizing page's placeable contracts, stated in words.
  await expect.poll(() => page.getByLabel('Sizing', { exact: true }).inputValue()).toBe('recommended');
  const statement = await page.getByTestId('risk-recommendation').innerText();
  expect(statement).toMatch(
    /^Simulating the Sizing page's recommendation: 0DTE CCS - EMA Entry \d+, 0DTE PCS - EMA Entry \d+ contracts at half Kelly of the growth-optimal fraction, placeable under a 100% margin ceiling, one repeat of the worst loss ≤ 20% of capital, fractions ≤ 100% in total, at a capital of \$[\d,.]+\. Same estimate as the Sizing page/,
  );
  const run = page.getByRole('button', { name: 'Run simulation' });
  await expect.poll(() => run.isEnabled()).toBe(true);
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await screenshot(page, `risk-recommendation-${size.width}.png`);
  }
  await page.setViewportSize({ width: 1440, height: 1000 });

  await page.getByLabel('Sizing', { exact: true }).selectOption('as-logged');
  await page.getByLabel('Set horizon').check();
  await setField('horizon', '384');
  await setField('paths', '20000');
  await setField('seed', '1');
  expect(await page.getByLabel('Mode').inputValue()).toBe('percent');
  expect(await page.getByLabel('Resampling').inputValue()).toBe('block');
  await expect.poll(() => run.isEnabled()).toBe(true);
  await run.click();
  await page.locator('[data-testid="risk"][data-phase="done"]').waitFor({ timeout: 60_000 });

  const median = money(await cardText(page, 'median-final'));
  console.log(`Risk: median final ${median} (reference 119,339), ${await page.getByTestId('run-time').innerText()}`);
  expect(Math.abs(median / 119_339 - 1)).toBeLessThan(0.02);
  const description = await page.getByTestId('run-description').innerText();
  expect(description).toContain('percent mode: per-trade return on equity before the trade');
  expect(description).toContain('stationary block bootstrap, mean block 7');
  expect(description).toContain('horizon 384 trades; 20,000 paths, seed 1');
  await page.getByRole('button', { name: 'How Probability of ruin is computed' }).hover();
  await expect.poll(() => page.getByRole('tooltip').filter({ hasText: 'ruin level' }).innerText()).toContain('mean block 7');
  await page.mouse.move(0, 0);
  await expect.poll(() => page.locator('[data-testid="risk-results"] .chart canvas').count()).toBe(3);

  // A big run: progress shows, Cancel stops it.
  await setField('paths', '50000');
  await setField('horizon', '20000');
  await run.click();
  const progress = page.getByTestId('progress');
  await progress.waitFor();
  await expect.poll(() => progress.innerText(), { timeout: 30_000 }).toMatch(/^[1-9][\d,]* of 50,000 paths$/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('[data-testid="risk"][data-phase="cancelled"]').waitFor({ timeout: 5_000 });
  expect(await page.getByTestId('cancelled').innerText()).toMatch(/^Cancelled after [\d,]+ of 50,000 paths — the previous result is shown\.$/);
  expect(money(await cardText(page, 'median-final'))).toBe(median);

  // Usable again: the same reference run reproduces its numbers exactly (same seed).
  await setField('paths', '20000');
  await setField('horizon', '384');
  await expect.poll(() => run.isEnabled()).toBe(true);
  await run.click();
  await page.locator('[data-testid="risk"][data-phase="done"]').waitFor({ timeout: 60_000 });
  expect(money(await cardText(page, 'median-final'))).toBe(median);

  await page.waitForTimeout(300);
  await screenshot(page, 'risk.png');
  expectNoErrors(app);
});
