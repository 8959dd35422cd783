// Learned allocator panel (issue 13) with SPY and QQQ daily prices chosen through the panel's file
// input (resources/market): a small run (grid 0.25, 2 outer × 2 inner folds, horizon 5) finishes
// on the compute workers and shows the verdict with its reasons, the gates table, both charts,
// the fold table and feature importance; a large run shows progress and Cancel stops it, leaving
// the previous result on screen. Screenshots at 1280×720 and 1920×1080.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoErrors, openApp, repoFile, screenshot, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('runs a small walk-forward on SPY / QQQ, then cancels a large one', async () => {
  const { page } = app;
  await waitForOverview(page);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Allocate' }).click();
  await page.getByRole('tab', { name: 'Learned allocator' }).click();
  await page.getByTestId('learn').waitFor();
  await page.getByTestId('learn-file-input').setInputFiles([repoFile('resources/market/SPY.csv'), repoFile('resources/market/QQQ.csv')]);
  await expect.poll(() => page.getByTestId('learn-legs').innerText()).toContain('QQQ');
  await page.getByTestId('learn-grid').fill('0.25');
  await page.getByTestId('learn-folds').fill('2');
  await page.getByTestId('learn-inner-folds').fill('2');
  await page.getByTestId('learn-horizon').fill('5');
  const run = page.getByTestId('learn-run');
  await expect.poll(() => run.isEnabled()).toBe(true);
  await run.click();
  await page.locator('[data-testid="learn"][data-phase="done"]').waitFor({ timeout: 240_000 });

  const verdict = await page.getByTestId('learn-verdict').innerText();
  expect(verdict).toMatch(/Accepted|Rejected/);
  expect(verdict).toContain('SPY vs QQQ');
  expect(await page.getByTestId('learn-gates').locator('tbody tr').count()).toBe(12);
  expect(await page.getByTestId('learn-fold-table').locator('tbody tr').count()).toBe(2);
  expect(await page.getByTestId('learn-figures').innerText()).toContain('best static (in-sample)');
  expect(await page.getByTestId('learn-importance').locator('tbody tr').count()).toBeGreaterThan(5);
  await expect.poll(() => page.locator('[data-testid="learn"] .chart canvas').count()).toBe(2);
  expect(await page.locator('[data-testid="learn"]').innerText()).not.toMatch(/NaN|Infinity|undefined/);

  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `learned-allocator-${width}x${height}.png`);
  }
  await page.setViewportSize({ width: 1440, height: 1000 });

  // A large run: progress shows, Cancel stops it, the previous result stays.
  await page.getByTestId('learn-grid').fill('0.05');
  await page.getByTestId('learn-folds').fill('8');
  await page.getByTestId('learn-inner-folds').fill('3');
  await run.click();
  await page.getByTestId('learn-progress').waitFor();
  await page.getByTestId('learn-cancel').click();
  await page.locator('[data-testid="learn"][data-phase="cancelled"]').waitFor({ timeout: 20_000 });
  expect(await page.getByTestId('learn').innerText()).toContain('the previous run is shown');
  expect(await page.getByTestId('learn-verdict').isVisible()).toBe(true);
  expectNoErrors(app);
}, 400_000);
