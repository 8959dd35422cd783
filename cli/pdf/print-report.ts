/**
 * Prints a report model to PDF with headless Chromium (playwright-core), shared by
 * `sizewise report`, the end-to-end tests and the benchmark: serves the built renderer
 * (dist-web/, building it once if report.html is missing) on 127.0.0.1, opens report.html
 * with the model injected as `window.__SIZEWISE_REPORT__`, waits for the page's explicit
 * ready signal (fonts loaded, every chart finished — no fixed delay), prints with the
 * shared footer (page numbers on every page) and writes the file with the app's atomic
 * writer (electron/main/atomic-write: one writer, which also removes temp files of earlier
 * killed saves). Chromium runs in its sandbox where the platform allows it (chromium-sandbox).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { REPORT_HEADER_TEMPLATE, REPORT_MARGINS_MM, reportFooterTemplate, type ReportModel, type ReportPageSize, type ReportPrintPayload } from '../../core/report';
import { UsageError } from '../command';
import { writeFileAtomic } from '../../electron/main/atomic-write';
import { currentSandboxContext, launchWithSandbox, type SandboxContext } from './chromium-sandbox';
import { serveDirectory } from './static-server';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist-web/', import.meta.url));
const WEB_CONFIG = fileURLToPath(new URL('../../renderer/vite.web.config.ts', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

/** Chromium switches of every launch; the sandbox is decided apart (chromium-sandbox). */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-gpu'];

export interface PrintReportOptions {
  model: ReportModel;
  pageSize: ReportPageSize;
  /** Where the PDF goes (written atomically). */
  out: string;
  chromiumPath: string;
  /** Built renderer folder holding report.html; default dist-web/. */
  webRoot?: string;
  /** Progress lines (e.g. "building the report page…", printing without the sandbox); default silent. */
  log?: (line: string) => void;
  /** Platform and user deciding the sandbox; default this process's. */
  sandboxContext?: SandboxContext;
}

export interface PrintedReport {
  out: string;
  pages: number;
  bytes: number;
  elapsedMs: number;
}

/** Builds the web renderer once when report.html is missing (vite, as `npm run build:web`). */
async function ensureWebBuild(webRoot: string, log: (line: string) => void): Promise<void> {
  if (existsSync(`${webRoot}/report.html`)) return;
  if (webRoot !== DEFAULT_WEB_ROOT) throw new UsageError(`no report.html in ${webRoot}: run npm run build:web`);
  log('building the report page (dist-web/ has no report.html)…');
  try {
    const { build } = await import('vite');
    await build({ configFile: WEB_CONFIG, logLevel: 'warn' });
  } catch (error) {
    throw new UsageError(`the report page is not built and building it failed (${(error as Error).message.split('\n')[0]}): run npm run build:web`);
  }
  if (!existsSync(`${webRoot}/report.html`)) throw new UsageError('the web build produced no report.html: run npm run build:web');
}

/** Number of pages of a PDF produced by Chromium (its page objects are never compressed). */
export function countPdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

const mm = (value: number) => `${value}mm`;

export async function printReport({ model, pageSize, out, chromiumPath, webRoot = DEFAULT_WEB_ROOT, log = () => {}, sandboxContext = currentSandboxContext() }: PrintReportOptions): Promise<PrintedReport> {
  const started = performance.now();
  await ensureWebBuild(webRoot, log);
  const server = await serveDirectory(webRoot);
  // playwright adds --no-sandbox unless chromiumSandbox is true.
  const launch = (sandbox: boolean) => chromium.launch({ executablePath: chromiumPath, args: sandbox ? CHROMIUM_ARGS : ['--no-sandbox', ...CHROMIUM_ARGS], chromiumSandbox: sandbox, headless: true });
  const browser = await launchWithSandbox(launch, sandboxContext, log).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const payload: ReportPrintPayload = { model, pageSize };
    await page.addInitScript((injected) => {
      (window as unknown as { __SIZEWISE_REPORT__: unknown }).__SIZEWISE_REPORT__ = injected;
    }, payload);
    await page.goto(`${server.url}report.html`);
    await page.waitForFunction(() => ['true', 'error'].includes(document.body.dataset.reportReady ?? ''), undefined, { timeout: READY_TIMEOUT_MS, polling: 'raf' });
    const failure = await page.evaluate(() => (document.body.dataset.reportReady === 'error' ? document.body.dataset.reportError ?? 'unknown error' : null));
    if (failure !== null || pageErrors.length > 0) throw new Error(`the report page failed: ${failure ?? pageErrors[0]}`);
    const pdf = await page.pdf({
      format: pageSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: REPORT_HEADER_TEMPLATE,
      footerTemplate: reportFooterTemplate(model.cover),
      margin: { top: mm(REPORT_MARGINS_MM.top), right: mm(REPORT_MARGINS_MM.right), bottom: mm(REPORT_MARGINS_MM.bottom), left: mm(REPORT_MARGINS_MM.left) },
    });
    await writeFileAtomic(out, pdf);
    return { out, pages: countPdfPages(pdf), bytes: pdf.length, elapsedMs: Math.round(performance.now() - started) };
  } finally {
    await browser.close();
    await server.close();
  }
}
