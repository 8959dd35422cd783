// Replay page on the EMA sample: "As logged" reproduces the log's own Funds at Close path
// ($119,735.00), presets add scenarios side by side, and a slider change replays in the
// compute worker and updates the numbers (the time it takes is measured and printed).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoErrors, openApp, screenshot, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

const finalEquity = (name: string) => app.page.locator(`[data-testid="replay-metrics"] tr[data-scenario="${name}"] td[data-column="final"]`).innerText();

it('compares sizing scenarios and replays on every slider change', async () => {
  const { page } = app;
  await waitForOverview(page);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Replay' }).click();

  await expect.poll(() => finalEquity('As logged'), { timeout: 20_000 }).toBe('$119,735.00');
  await page.getByRole('button', { name: '+ 1 contract' }).click();
  await page.getByRole('button', { name: '+ Half Kelly' }).click();

  const rows = page.locator('[data-testid="replay-metrics"] tbody tr[data-scenario]');
  await expect.poll(() => rows.count()).toBe(3);
  await expect.poll(() => page.getByRole('region', { name: 'Equity curves' }).getAttribute('data-series')).toBe('3');
  expect(await finalEquity('1 contract')).toBe('$106,331.00');
  expect(await page.locator('[data-testid="replay-metrics"] tr[data-scenario="As logged"] td[data-column="maxdd"]').innerText()).toBe('12.89%');
  const halfKelly = await finalEquity('Half Kelly');
  expect(halfKelly).toMatch(/^\$[\d,]+\.\d\d$/);

  // Half Kelly is selected (the last added): move its multiplier slider to 0.25 and time
  // the update from the input event to the new number on screen and the next frame.
  const elapsedMs = await page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="rule-slider"]')!;
    const cell = document.querySelector('[data-testid="replay-metrics"] tr[data-scenario="Half Kelly"] td[data-column="final"]')!;
    const before = cell.textContent;
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (cell.textContent !== before) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(cell, { subtree: true, characterData: true, childList: true });
    });
    const started = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(slider, '0.25');
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await changed;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    return performance.now() - started;
  });
  console.log(`Replay update after a slider change: ${elapsedMs.toFixed(1)} ms (worker round trip ${await page.getByTestId('replay').getAttribute('data-update-ms')} ms)`);
  expect(elapsedMs).toBeLessThan(2000);
  expect(await page.getByTestId('rule-parameter-value').innerText()).toBe('0.25×');
  expect(await finalEquity('Half Kelly')).not.toBe(halfKelly);

  // Skipped trades expand into their reasons.
  const kellyRow = page.locator('[data-testid="replay-metrics"] tr[data-scenario="Half Kelly"]');
  await kellyRow.locator('td[data-column="skipped"] button').click();
  await expect.poll(() => page.locator('.skip-details').innerText()).toContain('no estimate yet');

  await page.getByRole('group', { name: 'Equity axis' }).getByRole('button', { name: 'Log', exact: true }).click();
  await page.waitForTimeout(300);
  await screenshot(page, 'replay.png');
  expectNoErrors(app);
});
