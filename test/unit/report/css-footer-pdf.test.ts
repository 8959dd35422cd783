/**
 * "page N of M" in the browser build (issue 15): the browser's print dialog takes no footer
 * template, so the report prints its footer from CSS page-margin boxes (reportFooterCss).
 * A three-page document printed by Chromium must read "page 1 of 3" … "page 3 of 3" with the
 * footer text on each page (read back with pdftotext), and quotes in a name must not break the CSS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { findChromium } from '../../../cli/pdf/find-chromium';
import { reportFooterCss, reportFooterTemplate } from '../../../core/report';

const dir = mkdtempSync(join(tmpdir(), 'css-footer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FOOTER = { title: 'Sizing report', portfolioName: 'EMA "sample" \\ 2', generatedAt: '2026-12-07T10:00:00.000Z' };

it('numbers every page "page N of M" from CSS, as the footer template does', async () => {
  expect(reportFooterTemplate(FOOTER)).toContain('page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  const browser = await chromium.launch({ executablePath: findChromium({}), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const css = `@page { size: A4; margin: 12mm 12mm 16mm 12mm; } ${reportFooterCss(FOOTER)}`;
    await page.setContent(`<style>${css}</style>${[1, 2, 3].map((n) => `<h1 style="break-after: page">Section ${n}</h1>`).join('')}`);
    await page.pdf({ path: join(dir, 'out.pdf'), preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
  const pages = execFileSync('pdftotext', ['-layout', join(dir, 'out.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((text) => text.trim());
  expect(pages).toHaveLength(3);
  pages.forEach((text, index) => expect(text).toMatch(new RegExp(`Sizing report — EMA "sample" \\\\ 2 — 2026-12-07\\s+page ${index + 1} of 3`)));
}, 60_000);
