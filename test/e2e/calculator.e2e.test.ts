// The position calculator as a trade ticket: p 0.6, b 2 on a $50 stock with $100,000 equity
// gives full Kelly 40%, half Kelly 20% → 400 shares; $45,000 already in the symbol caps it at
// the 60% symbol exposure (300 shares), and a $4 stop makes the 25% position limit bite first.
// An impossible probability (1.5) is named next to its field, and a percent rule out of
// range (Kelly fraction 250%) in percent.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoErrors, openApp, screenshot, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

const field = (page: Page, path: string) => page.locator(`[data-field="${path}"]`);

async function fill(page: Page, path: string, value: string): Promise<void> {
  await field(page, path).locator('input').fill(value);
}

const quantity = (page: Page) => page.getByTestId('calc-quantity').innerText();
/** Raw, applied and final Kelly fractions as shown. */
async function fractions(page: Page): Promise<Record<string, string>> {
  const value = (step: string) => page.getByTestId('calc-fractions').locator(`[data-step="${step}"] strong`).innerText();
  return { raw: await value('raw'), applied: await value('applied'), final: await value('final') };
}

const adjustments = async (page: Page) => (await page.getByTestId('calc-adjustments').locator('td.adjustment-reason').allInnerTexts()).map((t) => t.trim());

it('sizes a stock ticket, explains each cap, and flags a bad probability', async () => {
  const { page } = app;
  await waitForOverview(page);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Position calculator' }).click();
  await page.getByTestId('calculator').waitFor();
  // An untouched ticket shows no red field.
  await page.getByTestId('calc-result').locator('[data-testid="calc-incomplete"], [data-testid="calc-quantity"]').first().waitFor();
  expect(await page.getByTestId('calculator').locator('.field-error, .number-input.invalid').count()).toBe(0);
  await screenshot(page, 'calculator-untouched.png');

  await fill(page, 'equity', '100,000');
  await fill(page, 'instrument.price', '50');
  await fill(page, 'probability.p', '0.6');
  await fill(page, 'probability.b', '2');
  await expect.poll(() => quantity(page)).toMatch(/^400\s+shares/);
  expect(await fractions(page)).toEqual({ raw: '40.00%', applied: '20.00%', final: '20.00%' });
  expect(await page.getByTestId('calc-adjustments').innerText()).toContain('None: no rule cut the Kelly quantity.');

  await fill(page, 'exposure.symbol', '45000');
  await expect.poll(() => quantity(page)).toMatch(/^300\s+shares/);
  expect(await adjustments(page)).toEqual(['capped by 60% symbol exposure: 400 → 300 shares']);
  const symbolRow = (await page.getByTestId('calc-exposure').locator('tr[data-exposure="symbol"]').innerText()).replace(/\s+/g, ' ').trim();
  expect(symbolRow).toBe('This symbol $45,000.00 → $60,000.00');

  await fill(page, 'lossPerUnit', '4');
  await expect.poll(() => adjustments(page)).toEqual(['capped by 25% of equity per position: 5000 → 500 shares', 'capped by 60% symbol exposure: 500 → 300 shares']);
  expect(await quantity(page)).toMatch(/^300\s+shares/);
  expect(await fractions(page)).toEqual({ raw: '40.00%', applied: '20.00%', final: '1.20%' });
  await page.waitForTimeout(300);
  await screenshot(page, 'calculator.png');

  await fill(page, 'probability.p', '1.5');
  // Checked when the field is left, not while it is typed.
  expect(await field(page, 'probability.p').locator('.field-error').count()).toBe(0);
  await field(page, 'probability.p').locator('input').press('Tab');
  const message = field(page, 'probability.p').locator('.field-error');
  await expect.poll(() => message.innerText().catch(() => '')).toBe('Win probability must be a probability between 0 and 1.');
  expect(await page.getByTestId('calc-invalid').innerText()).toContain('Win probability must be a probability between 0 and 1.');
  expect(await page.getByTestId('calculator').innerText()).not.toMatch(/NaN|Infinity/);
  await screenshot(page, 'calculator-invalid.png');

  // A percent rule out of range is told in percent, as it is typed.
  await fill(page, 'probability.p', '0.6');
  await fill(page, 'rules.kellyFraction', '250');
  await field(page, 'rules.kellyFraction').locator('input').press('Enter');
  const ruleMessage = field(page, 'rules.kellyFraction').locator('.field-error');
  await expect.poll(() => ruleMessage.innerText().catch(() => '')).toBe('Kelly fraction must be between 0% and 200%.');
  expect(await page.getByTestId('calc-invalid').innerText()).toContain('Kelly fraction must be between 0% and 200%.');
  await fill(page, 'rules.kellyFraction', '50');
  await expect.poll(() => quantity(page)).toMatch(/^300\s+shares/);
  expectNoErrors(app);
});
