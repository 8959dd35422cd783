// New workspace → Import… the EMA trade log through the file picker → preview → Import →
// Overview shows its numbers (trade log only: drawdown from the trades).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, cardText, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('imports an OptionOmega trade log into a new workspace', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);
  await expect.poll(() => page.title()).toBe('Sizewise — Untitled');

  await importThroughToolbar(page, [repoFile('test/fixtures/optionomega/ema-tradelog.csv')]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  const facts = await dialog.getByTestId('preview-facts').innerText();
  expect(facts).toContain('OptionOmega trade log');
  expect(facts).toContain('384');
  expect(facts).toContain('0DTE CCS - EMA Entry');
  expect(facts).toContain('Jan 2, 2025');
  await screenshot(page, 'import-preview.png');

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForOverview(page);

  expect(await cardText(page, 'trades')).toBe('384');
  expect(await cardText(page, 'totalPl')).toBe('$19,735.00');
  expect(await cardText(page, 'winRate')).toBe('48.44%');
  expect(await cardText(page, 'cagr')).toBe('26.59%');
  expect(await cardText(page, 'maxDrawdown')).toBe('12.89%');
  expect(await cardText(page, 'sharpe')).toBe('1.22');
  expect(await cardText(page, 'sortino')).toBe('1.59');
  expect(await cardText(page, 'calmar')).toBe('2.06');
  await expect.poll(() => page.title()).toBe('• Sizewise — Untitled');
  expectNoErrors(app);
});
