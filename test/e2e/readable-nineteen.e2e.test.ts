// Readable at twenty strategies (issue 15), on the 19-strategy compounding log imported through
// the UI: at 1280×720 no Overview table cell or card value is cut (scrollWidth ≤ clientWidth),
// repeated notices are grouped (one bullet per distinct message, numbers aside), the strategy
// filter's Only / None / All and search work; screenshots at 1280×720 and 1920×1080.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

async function rowCount(page: Page): Promise<number> {
  return page.getByTestId('strategy-table').locator('tbody tr').count();
}

/** Every table cell and card value whose content is wider than its box, as "what: text". */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    const check = (selector: string) => {
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        if (element.scrollWidth > element.clientWidth + 1) cut.push(`${selector}: "${element.innerText.trim()}" (${element.scrollWidth} > ${element.clientWidth})`);
      }
    };
    check('[data-testid="strategy-table"] td');
    check('[data-testid="strategy-table"] th');
    check('.stat-card-values');
    check('.stat-card-row dd');
    check('.stat-card-title');
    return cut;
  });
}

it('keeps the Overview of nineteen strategies readable, its notices grouped and its filter quick', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);
  await importThroughToolbar(page, [repoFile('test/fixtures/optionomega/nineteen-strategies.csv')]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitForOverview(page);
  expect(await rowCount(page)).toBe(19);

  // No value cut at 1280×720; a compact amount carries the exact one as its title.
  expect(await overflowing(page)).toEqual([]);
  const totalPl = page.getByTestId('card-totalPl').locator('.value');
  const title = await totalPl.getAttribute('title');
  if (title) expect(title).toMatch(/^-?\$[\d,]+\.\d\d$/);
  for (const header of await page.getByTestId('strategy-table').locator('thead th .th-sort').all()) expect((await header.getAttribute('title'))?.length ?? 0).toBeGreaterThan(10);

  // Notices: one bullet per distinct message once the figures are set aside.
  const bullets = (await page.getByTestId('stats-warnings').locator(':scope > ul > li').allInnerTexts()).map((text) => text.split('\n')[0]);
  expect(bullets.length).toBeGreaterThan(0);
  const masked = bullets.map((text) => text.replace(/^("[^"]+"|\d+ of \d+ strategies):/, '').replace(/[-−]?\$?\d[\d,]*(\.\d+)?(%|×)?/g, '#').replace(/…/g, '#'));
  expect(new Set(masked).size).toBe(masked.length);
  expect(bullets.some((text) => /^\d+ of 19 strategies: /.test(text))).toBe(true);
  const grouped = page.getByTestId('stats-warnings').locator('details').first();
  await grouped.locator('summary').click();
  expect(await grouped.locator('.notice-members li').count()).toBeGreaterThan(1);

  await screenshot(page, 'overview-19-1280x720.png');
  await page.setViewportSize({ width: 1920, height: 1080 });
  expect(await overflowing(page)).toEqual([]);
  await screenshot(page, 'overview-19-1920x1080.png');
  await page.setViewportSize({ width: 1280, height: 720 });

  // The filter: Only → one strategy in one click; None → nothing; All → every strategy again.
  const filter = page.locator('.filter-strategies');
  await filter.getByTestId('strategy-search').fill('pickle');
  expect(await filter.locator('.strategy-option').count()).toBe(2);
  await filter.locator('.strategy-option', { has: page.getByLabel('Pickle RIC - 45 DTE Iron Condor with Dynamic Wings (Fri)', { exact: true }) }).getByRole('button', { name: 'Only' }).click();
  await expect.poll(() => rowCount(page)).toBe(1);
  await waitForOverview(page);
  expect(await page.getByTestId('strategy-table').locator('tbody tr').getAttribute('data-strategy')).toBe('Pickle RIC - 45 DTE Iron Condor with Dynamic Wings (Fri)');
  expect(await filter.locator('legend').innerText()).toContain('1 of 19');
  expect(await overflowing(page)).toEqual([]);
  await filter.getByTestId('strategy-search').fill('');
  await filter.getByRole('button', { name: 'None', exact: true }).click();
  await page.getByText('Select at least one strategy to see statistics.').waitFor();
  await filter.getByRole('button', { name: 'All', exact: true }).click();
  await expect.poll(() => rowCount(page)).toBe(19);
  await waitForOverview(page);
  expect(await filter.locator('legend').innerText()).toContain('all 19');

  // The strategy list shows whole rows only: its height is a whole number of rows.
  const { listHeight, rowHeight } = await filter.locator('.strategy-options').evaluate((list) => ({
    listHeight: list.clientHeight,
    rowHeight: (list.querySelector('.strategy-option') as HTMLElement).offsetHeight,
  }));
  expect(listHeight % rowHeight).toBe(0);
  await screenshot(page, 'overview-19-filter-1280x720.png');

  // Sizing: the warnings grouped in the same way.
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Sizing', exact: true }).click();
  await page.getByTestId('sizing-warnings').waitFor({ timeout: 60_000 });
  const sizingBullets = (await page.getByTestId('sizing-warnings').locator(':scope > ul > li').allInnerTexts()).map((text) => text.split('\n')[0]);
  expect(sizingBullets.length).toBeLessThan(19);
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `sizing-19-${width}x${height}.png`);
  }
  expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
  expectNoErrors(app);
});
