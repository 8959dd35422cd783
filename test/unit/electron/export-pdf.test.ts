// report:export-pdf — asks where to save first (nothing printed on cancel), then prints the
// window with the chosen page size, background and footer, and writes the PDF bytes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPORT_FOOTER_TEMPLATE } from '../../../electron/shared/report-pdf-options';
import { type ShellFixture, createShellFixture } from './shell-fixture';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff]);

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture({ pdfBytes: PDF });
});
afterEach(() => shell.cleanup());

describe('report:export-pdf', () => {
  it('prints with the page size and writes the bytes to the chosen file', async () => {
    shell.saveAnswers.push(join(shell.documents, 'EMA report'));

    const result = await shell.handlers['report:export-pdf']({ pageSize: 'Letter', suggestedName: 'EMA report' });

    expect(result).toEqual({ name: 'EMA report.pdf' });
    expect(shell.printCalls).toEqual([
      {
        pageSize: 'Letter',
        printBackground: true,
        margins: { top: 0.5, bottom: 0.6, left: 0.5, right: 0.5 },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: REPORT_FOOTER_TEMPLATE,
      },
    ]);
    expect(new Uint8Array(await readFile(join(shell.documents, 'EMA report.pdf')))).toEqual(PDF);
    expect(shell.dialogCalls[0].options).toEqual({
      title: 'Export report',
      defaultPath: join(shell.documents, 'EMA report.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
  });

  it('passes A4 through', async () => {
    shell.saveAnswers.push(join(shell.documents, 'r.pdf'));
    await shell.handlers['report:export-pdf']({ pageSize: 'A4', suggestedName: 'r.pdf' });
    expect(shell.printCalls.map((call) => call.pageSize)).toEqual(['A4']);
  });

  it('does not print when the user cancels', async () => {
    shell.saveAnswers.push(null);
    expect(await shell.handlers['report:export-pdf']({ pageSize: 'A4', suggestedName: 'r' })).toBeNull();
    expect(shell.printCalls).toEqual([]);
  });
});
