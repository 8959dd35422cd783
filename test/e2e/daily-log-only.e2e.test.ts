// Issue 17: a daily log WITHOUT a trade log, imported through the UI into a new workspace.
// The preview says what the daily log alone gives; the Overview shows the marked-to-market
// curve figures — the SPEC §2 EMA reference (max drawdown 0.128921 → "12.89%", CAGR 0.265909
// → "26.59%", Sharpe 1.22224 → "1.22", Sortino 1.58696 → "1.59", Calmar 2.06257 → "2.06";
// historical DTB3 Sharpe 1.016510 → "1.02"); Risk runs the daily Monte Carlo of that curve;
// the report shows the curve, realism and the daily Monte Carlo; Sizing, Replay and the
// report's trade sections say they need the trade log. Screenshots at 1280×720 and
// 1920×1080.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, cardText, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

const nav = (name: string) => app.page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name, exact: true });

it('opens the EMA daily log alone: curve figures, daily Monte Carlo, and what needs trades', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);

  await importThroughToolbar(page, [repoFile('test/fixtures/optionomega/ema-dailylog.csv')]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  expect(await dialog.getByTestId('preview-facts').innerText()).toContain('OptionOmega daily log');
  expect(await dialog.getByTestId('daily-without-trades').innerText()).toContain('the daily log alone gives the portfolio curve');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });

  await page.getByTestId('overview-daily-only').waitFor();
  await page.locator('[data-testid="overview-daily-only"][aria-busy="false"]').waitFor();
  await page.getByTestId('stat-cards').waitFor();
  expect(await page.getByTestId('daily-only-missing').innerText()).toContain('need the trade log');
  expect(await cardText(page, 'startingCapital')).toBe('$100,000.00');
  expect(await cardText(page, 'maxDrawdown')).toBe('12.89%');
  expect(await cardText(page, 'cagr')).toBe('26.59%');
  expect(await cardText(page, 'sharpe')).toBe('1.22');
  expect(await cardText(page, 'sortino')).toBe('1.59');
  expect(await cardText(page, 'calmar')).toBe('2.06');
  expect(await page.getByTestId('drawdown-statement').innerText()).toContain('12.89% marked-to-market (daily log)');
  await page.getByTestId('risk-free').selectOption('historical');
  await expect.poll(() => cardText(page, 'sharpe')).toBe('1.02');
  await page.getByTestId('risk-free').selectOption('fixed');
  await expect.poll(() => cardText(page, 'sharpe')).toBe('1.22');

  await nav('Risk').click();
  await page.getByTestId('risk').waitFor();
  expect(await page.getByTestId('daily-only-risk').innerText()).toContain('need the trade log');
  expect(await page.getByLabel('Mode').inputValue()).toBe('daily');
  const run = page.getByRole('button', { name: 'Run simulation' });
  await expect.poll(() => run.isEnabled()).toBe(true);
  await run.click();
  await page.locator('[data-testid="risk"][data-phase="done"]').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('run-description').innerText()).toContain('marked-to-market curve');

  for (const [name, text] of [['Sizing', 'Sizing (Kelly, caps, margin use) needs a trade log'], ['Replay', 'needs a trade log']] as const) {
    await nav(name).click();
    await expect.poll(() => page.getByTestId('needs-trade-log').innerText()).toContain(text);
  }

  await nav('Report').click();
  await page.getByTestId('report-view').waitFor();
  await expect.poll(() => page.getByTestId('report-view').innerText(), { timeout: 60_000 }).toContain('Portfolio curve (daily log only)');
  expect(await page.getByTestId('report-view').innerText()).toContain('it needs the trade log (this workspace holds a daily log only)');

  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await nav('Overview').click();
    await page.locator('[data-testid="overview-daily-only"][aria-busy="false"]').waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, `daily-only-overview-${width}.png`);
    await nav('Risk').click();
    await page.getByTestId('risk').waitFor();
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.locator('[data-testid="risk"][data-phase="done"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(400);
    await screenshot(page, `daily-only-risk-${width}.png`);
    await nav('Sizing').click();
    await page.getByTestId('needs-trade-log').waitFor();
    await screenshot(page, `daily-only-sizing-${width}.png`);
    await nav('Report').click();
    await expect.poll(() => page.getByTestId('report-view').innerText(), { timeout: 60_000 }).toContain('Portfolio curve (daily log only)');
    await page.locator('[data-testid="report-view"][aria-busy="false"]').waitFor();
    await screenshot(page, `daily-only-report-${width}.png`);
  }
  expectNoErrors(app);
});
