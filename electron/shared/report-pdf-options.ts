/**
 * Print settings of the PDF sizing report in the app (`webContents.printToPDF`). The CLI and
 * the tests print the same page with Chromium's `page.pdf()`; these values are plain data so
 * that path can use the same margins and footer (page numbers need the print footer: CSS
 * alone cannot number pages in Chromium).
 */
import type { PageSize } from '../../renderer/src/platform/platform';

/** Margins in inches. */
export const REPORT_MARGINS_INCHES = { top: 0.5, bottom: 0.6, left: 0.5, right: 0.5 } as const;

/** Chromium print footer: `pageNumber` and `totalPages` are filled in by Chromium. */
export const REPORT_FOOTER_TEMPLATE =
  '<div style="width:100%;font-family:sans-serif;font-size:8px;color:#555;padding:0 0.5in;display:flex;justify-content:space-between;">' +
  '<span>Sizewise sizing report</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';

export interface ElectronPdfOptions {
  pageSize: PageSize;
  printBackground: true;
  margins: { top: number; bottom: number; left: number; right: number };
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
}

export function electronPdfOptions(pageSize: PageSize): ElectronPdfOptions {
  return {
    pageSize,
    printBackground: true,
    margins: { ...REPORT_MARGINS_INCHES },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: REPORT_FOOTER_TEMPLATE,
  };
}
