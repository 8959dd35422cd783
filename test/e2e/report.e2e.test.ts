/**
 * End-to-end: `sizewise report` on the EMA sample prints the report through headless
 * Chromium, for A4 and Letter. The PDFs are checked from outside with poppler: the key
 * numbers and section titles (pdftotext), the page count and paper size (pdfinfo), page
 * numbers in every footer, and that no chart is blank (each chart's area, located by its
 * caption, must hold enough coloured pixels in a pdftoppm rendering). Page 1 is kept as a
 * PNG in test/e2e/__artifacts__/. SIZEWISE_E2E_DIST_WEB (a private web build) is passed to
 * the CLI as SIZEWISE_WEB_ROOT; without it the CLI prints from dist-web/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultReplaySettings } from '../../core/replay';
import { DataService } from '../../workers/data-service';
import { loadSqlJs } from '../unit/db/sample';
import { fixtureBytes } from '../unit/support/fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = fileURLToPath(new URL('./__artifacts__/', import.meta.url));
const sample = `${root}test/fixtures/optionomega/ema-tradelog.csv`;

interface CliResult {
  out: string;
  pages: number;
  sections: string[];
  elapsedMs: number;
}

/** `sizewise report` of the EMA sample (or `input`) into test/e2e/__artifacts__/<name>.pdf. */
function runReport(pageSize: 'A4' | 'Letter', { input = sample, name = `ema-report-${pageSize}`, extra = [] as string[] } = {}): CliResult {
  const out = `${artifacts}${name}.pdf`;
  const stdout = execFileSync(
    process.execPath,
    [`${root}cli/bin/sizewise.js`, 'report', input, '--out', out, '--page-size', pageSize, '--capital', '100000', '--fraction', '0.5', '--name', 'EMA sample', '--chromium', '/usr/bin/chromium', '--json', ...extra],
    { cwd: root, encoding: 'utf8', env: { ...process.env, SIZEWISE_WEB_ROOT: process.env.SIZEWISE_E2E_DIST_WEB ?? '' } },
  );
  return JSON.parse(stdout) as CliResult;
}

const pdfText = (pdf: string): string[] => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
const pdfInfo = (pdf: string): string => execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });

/** Words with their boxes (points, origin top-left) from pdftotext -bbox. */
function wordBoxes(pdf: string, page: number): { word: string; yMin: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ word: m[3], yMin: Number(m[1]), yMax: Number(m[2]) }));
}

/** A page rendered as RGB pixels (pdftoppm's PPM output: "P6 w h 255" then bytes). */
function renderRgb(pdf: string, page: number, dpi: number): { width: number; height: number; pixels: Buffer } {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: ppm.subarray(header[0].length) };
}

/** Pixels clearly coloured (chart lines and fills; text and grid lines are grey) between two heights in points. */
function colouredPixels(image: ReturnType<typeof renderRgb>, fromPt: number, toPt: number, dpi: number): number {
  const scale = dpi / 72;
  let count = 0;
  for (let y = Math.floor(fromPt * scale); y < Math.min(image.height, Math.ceil(toPt * scale)); y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 3;
      const [r, g, b] = [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 24) count++;
    }
  }
  return count;
}

const CHART_HEIGHT_PT = (80 / 25.4) * 72;

describe.each(['A4', 'Letter'] as const)('sizewise report (%s)', (pageSize) => {
  let result: CliResult;
  let pages: string[];

  beforeAll(() => {
    mkdirSync(artifacts, { recursive: true });
    result = runReport(pageSize);
    pages = pdfText(result.out);
  });

  it('reports every section with data and the real page count', () => {
    expect(result.sections).toEqual(['portfolio', 'charts', 'strategies', 'kelly', 'margin', 'targets', 'realism', 'replay', 'montecarlo', 'warnings']);
    const info = pdfInfo(result.out);
    expect(info).toMatch(new RegExp(`Pages:\\s+${result.pages}\\n`));
    expect(result.pages).toBeGreaterThanOrEqual(8);
    expect(info).toMatch(pageSize === 'A4' ? /Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/ : /Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('prints the key numbers of the EMA sample and every section title', () => {
    const text = pages.join('\n');
    for (const expected of ['384', '186 / 197 / 1', '19,735.00', '26.59%', '12.89%', '1.22', '1.59', '2.06', '5.22%', '48.44%', '2025-01-02 to 2025-10-08']) {
      expect(text).toContain(expected);
    }
    for (const title of ['Portfolio statistics', 'Equity and drawdown', 'Per-strategy statistics', 'Kelly sizing', 'Margin utilisation', 'Edge realism', 'Replay comparison', 'Monte Carlo', 'Warnings', 'Conventions used']) {
      expect(text).toContain(title);
    }
    expect(text).toContain('0DTE CCS - EMA Entry');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('compares the default replay scenarios and prints the Monte Carlo risk of 10,000 paths', () => {
    const replayPage = pages.find((p) => p.includes('Replay metrics by scenario'))!;
    expect(replayPage).toMatch(/As logged\s+log\s+119,735\.00\s+26\.59%\s+12\.89%/);
    for (const scenario of ['1 contract', 'Half Kelly', 'Quarter Kelly']) expect(replayPage).toContain(scenario);
    const riskPage = pages.find((p) => p.includes('Monte Carlo risk'))!;
    const median = Number(/Median final equity\s+([\d,]+\.\d\d)/.exec(riskPage)![1].replace(/,/g, ''));
    expect(Math.abs(median / 119_339 - 1)).toBeLessThan(0.02);
    expect(riskPage).toContain('10,000 paths, seed 1');
  });

  it('numbers every page in the footer', () => {
    const printed = pages.slice(0, result.pages);
    printed.forEach((page, i) => expect(page).toMatch(new RegExp(`Sizing report — EMA sample — \\d{4}-\\d{2}-\\d{2}\\s+page ${i + 1} of ${result.pages}\\s*$`)));
  });

  it('draws every chart (no blank chart area) and keeps page 1 as a PNG', () => {
    const dpi = 60;
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', result.out, `${artifacts}ema-report-${pageSize}-page1`]);
    expect(readFileSync(`${artifacts}ema-report-${pageSize}-page1.png`).subarray(1, 4).toString()).toBe('PNG');
    const captions = [
      { words: ['Equity', '(end'], page: pages.findIndex((p) => p.includes('Equity (end of day)')) + 1 },
      { words: ['Drawdown', 'from'], page: pages.findIndex((p) => p.includes('Drawdown from the running peak')) + 1 },
      { words: ['Portfolio', 'margin'], page: pages.findIndex((p) => p.includes('Portfolio margin open')) + 1 },
      { words: ['Equity', 'by'], page: pages.findIndex((p) => p.includes('Equity by scenario')) + 1 },
      { words: ['Equity', 'percentiles'], page: pages.findIndex((p) => p.includes('Equity percentiles across')) + 1 },
    ];
    for (const caption of captions) {
      expect(caption.page).toBeGreaterThan(0);
      const boxes = wordBoxes(result.out, caption.page);
      const at = boxes.findIndex((b, i) => b.word === caption.words[0] && boxes[i + 1]?.word.startsWith(caption.words[1]));
      expect(at).toBeGreaterThanOrEqual(0);
      const image = renderRgb(result.out, caption.page, dpi);
      const ink = colouredPixels(image, boxes[at].yMax + 2, boxes[at].yMax + CHART_HEIGHT_PT, dpi);
      expect(ink, `${caption.words.join(' ')} chart on page ${caption.page}`).toBeGreaterThan(800);
    }
  });
});

describe('sizewise report of a workspace with saved replay scenarios', () => {
  it('compares the saved scenarios instead of the default set', async () => {
    mkdirSync(artifacts, { recursive: true });
    const service = new DataService(await loadSqlJs());
    const preview = await service.previewImport('ema-tradelog.csv', fixtureBytes('optionomega/ema-tradelog.csv'));
    if (!preview.ok) throw new Error(preview.message);
    await service.commitImport(preview.previewId);
    await service.saveScenario('replay', 'Two lots capped', { name: 'Two lots capped', rule: { kind: 'fixed', contracts: 2 }, constraints: { ...defaultReplaySettings(1), startingCapital: null, maxOpenTrades: 1 } });
    const workspace = `${artifacts}ema-saved-scenarios.sizewise`;
    writeFileSync(workspace, await service.exportWorkspace());
    const result = runReport('A4', { input: workspace, name: 'ema-saved-scenarios', extra: ['--sections', 'replay'] });
    expect(result.sections).toEqual(['replay']);
    const text = pdfText(result.out).join('\n');
    expect(text).toContain('Two lots capped');
    expect(text).toContain('Two lots capped: at most 1 trade open.');
    expect(text).not.toContain('Quarter Kelly');
  });
});
