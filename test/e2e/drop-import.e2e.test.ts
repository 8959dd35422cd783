// Dragging files over the window shows the drop overlay; dropping one opens its import
// preview; Cancel leaves the workspace as it was.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardText, expectNoErrors, openApp, repoFile, waitForOverview, type AppSession } from './app';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

it('previews a dropped trade log and cancels without changing the workspace', async () => {
  const { page } = app;
  await waitForOverview(page);
  const text = readFileSync(repoFile('test/fixtures/optionomega/small/mock-block-tradelog.csv'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'mock-block-tradelog.csv', { type: 'text/csv' }));
    return data;
  }, text);

  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.getByTestId('drop-overlay').waitFor();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });

  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('mock-block-tradelog.csv');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });

  expect(await cardText(page, 'trades')).toBe('384');
  expect(await page.title()).toBe('Sizewise — EMA sample');
  expectNoErrors(app);
});
