// Dark mode (issue 15) on the 19-strategy compounding log imported through the UI: the theme
// toggle switches every page to the dark colours, text on key elements keeps a WCAG contrast of
// at least 4.5:1 against what it is drawn on, the choice survives a reload (an app setting, not
// the workspace), and screenshots of every page at 1280×720 and 1920×1080 in light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AppSession, expectNoErrors, importThroughToolbar, openApp, repoFile, screenshot, startNewWorkspace, waitForOverview } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

const PAGES = [
  ['Overview', 'overview'],
  ['Sizing', 'sizing'],
  ['Position calculator', 'calculator'],
  ['Replay', 'replay'],
  ['Risk', 'risk'],
  ['Live vs backtest', 'live'],
  ['Report', 'report'],
  ['Coming from TradeBlocks', 'help-tradeblocks'],
] as const;

/** Key text on the page: the title, navigation, table headers and cells, card values, field labels. */
const KEY_TEXT = ['h1', '.nav-item', '.data-table th', '.data-table td', '.stat-card .value', '.field-label', '.panel-title', '.muted'];

/** The lowest WCAG contrast ratio among the visible elements of KEY_TEXT, with the element it belongs to. */
async function lowestContrast(page: Page): Promise<{ ratio: number; what: string } | null> {
  return page.evaluate((selectors) => {
    const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const color = rgb(getComputedStyle(node).backgroundColor);
        if (color.length === 3 || (color.length === 4 && color[3] > 0.5)) return color.slice(0, 3);
      }
      return rgb(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
    };
    let lowest: { ratio: number; what: string } | null = null;
    for (const selector of selectors) {
      for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector)).slice(0, 40)) {
        if (!element.innerText?.trim() || element.offsetParent === null) continue;
        const fg = luminance(rgb(getComputedStyle(element).color).slice(0, 3));
        const bg = luminance(background(element));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        if (!lowest || ratio < lowest.ratio) lowest = { ratio, what: `${selector}: "${element.innerText.trim().slice(0, 40)}"` };
      }
    }
    return lowest;
  }, KEY_TEXT);
}

async function visitEveryPage(page: Page, theme: 'light' | 'dark') {
  for (const [title, id] of PAGES) {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: title, exact: true }).click();
    await page.locator('h1', { hasText: title }).waitFor();
    if (id === 'overview') await waitForOverview(page);
    if (id === 'sizing') await page.getByTestId('sizing-warnings').waitFor({ timeout: 60_000 });
    if (id === 'report') await page.locator('[data-testid="report-view"][aria-busy="false"] [data-testid="report-preview"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(400);
    const contrast = await lowestContrast(page);
    expect(contrast, `${theme} ${title}`).not.toBeNull();
    expect(contrast!.ratio, `${theme} ${title}: ${contrast!.what}`).toBeGreaterThanOrEqual(4.5);
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `theme-${theme}-${id}-${width}x${height}.png`);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }
}

it('renders every page in the light and the dark theme with readable text', async () => {
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

  const theme = page.getByTestId('theme');
  await theme.selectOption('light');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await visitEveryPage(page, 'light');

  await theme.selectOption('dark');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  const body = await page.evaluate(() => getComputedStyle(document.querySelector('.page') ?? document.body).backgroundColor);
  expect(body).not.toBe('rgb(244, 246, 249)');
  await visitEveryPage(page, 'dark');

  // The choice is an app setting: it is still dark after a reload; "Same as the system" follows the system.
  await page.reload();
  await page.getByTestId('theme').waitFor();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await page.getByTestId('theme').inputValue()).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByTestId('theme').selectOption('system');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.getByTestId('theme').selectOption('light');
  expectNoErrors(app);
}, 300_000);
