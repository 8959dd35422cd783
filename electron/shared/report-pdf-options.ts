/**
 * Print settings of the PDF sizing report in the app (`webContents.printToPDF`), derived from
 * core/report/print-layout.ts, the one source the CLI's Chromium `page.pdf()` uses too: the
 * same margins (converted to the inches printToPDF takes), the same empty header and the same
 * footer (title — portfolio — date, "page / pages"), so the app's and the CLI's PDFs match.
 */
import { REPORT_HEADER_TEMPLATE, REPORT_MARGINS_MM, type ReportFooter, type ReportPageSize, reportFooterTemplate } from '../../core/report/print-layout';

const MM_PER_INCH = 25.4;

export interface ElectronPdfOptions {
  pageSize: ReportPageSize;
  printBackground: true;
  /** Inches. */
  margins: { top: number; bottom: number; left: number; right: number };
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
}

export function electronPdfOptions(pageSize: ReportPageSize, footer: ReportFooter): ElectronPdfOptions {
  const { top, bottom, left, right } = REPORT_MARGINS_MM;
  return {
    pageSize,
    printBackground: true,
    margins: { top: top / MM_PER_INCH, bottom: bottom / MM_PER_INCH, left: left / MM_PER_INCH, right: right / MM_PER_INCH },
    displayHeaderFooter: true,
    headerTemplate: REPORT_HEADER_TEMPLATE,
    footerTemplate: reportFooterTemplate(footer),
  };
}
