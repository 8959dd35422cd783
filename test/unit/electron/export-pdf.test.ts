// report:export-pdf — asks where to save first (nothing printed on cancel), then prints the
// window with the chosen page size and background, core/report/print-layout.ts's margins (in
// inches) and header, and a footer main builds from the plain-text footer fields with the
// portfolio name HTML-escaped; writes the PDF bytes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORT_MARGINS_MM } from '../../../core/report/print-layout';
import { type ShellFixture, createShellFixture } from './shell-fixture';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff]);
const FOOTER = { title: 'Sizing report', portfolioName: 'EMA <b>"A&B"</b>', generatedAt: '2025-10-09T12:00:00.000Z' };

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture({ pdfBytes: PDF });
});
afterEach(() => shell.cleanup());

describe('report:export-pdf', () => {
  it('prints with the page size and writes the bytes to the chosen file', async () => {
    shell.saveAnswers.push(join(shell.documents, 'EMA report'));

    const result = await shell.handlers['report:export-pdf']({ pageSize: 'Letter', suggestedName: 'EMA report', footer: FOOTER });

    expect(result).toEqual({ name: 'EMA report.pdf' });
    expect(shell.printCalls).toHaveLength(1);
    const [options] = shell.printCalls;
    expect(options).toMatchObject({ pageSize: 'Letter', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>' });
    // The core margins (12/12/16/12 mm), in inches.
    const marginsMm = Object.fromEntries(Object.entries(options.margins).map(([side, inches]) => [side, Math.round(inches * 25.4 * 1e9) / 1e9]));
    expect(marginsMm).toEqual(REPORT_MARGINS_MM);
    expect(options.margins.bottom).toBeCloseTo(0.6299212598, 10);
    expect(options.footerTemplate).toContain('Sizing report — EMA &#60;b&#62;&#34;A&#38;B&#34;&#60;/b&#62; — 2025-10-09');
    expect(options.footerTemplate).toContain('page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(options.footerTemplate).not.toContain('<b>');
    expect(new Uint8Array(await readFile(join(shell.documents, 'EMA report.pdf')))).toEqual(PDF);
    expect(shell.dialogCalls[0].options).toEqual({
      title: 'Export report',
      defaultPath: join(shell.documents, 'EMA report.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
  });

  it('passes A4 through', async () => {
    shell.saveAnswers.push(join(shell.documents, 'r.pdf'));
    await shell.handlers['report:export-pdf']({ pageSize: 'A4', suggestedName: 'r.pdf', footer: FOOTER });
    expect(shell.printCalls.map((call) => call.pageSize)).toEqual(['A4']);
  });

  it('does not print when the user cancels', async () => {
    shell.saveAnswers.push(null);
    expect(await shell.handlers['report:export-pdf']({ pageSize: 'A4', suggestedName: 'r', footer: FOOTER })).toBeNull();
    expect(shell.printCalls).toEqual([]);
  });
});
