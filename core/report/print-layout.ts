/**
 * Page geometry and the header/footer templates of the printed report, shared by every
 * printer so the PDF looks the same everywhere: the CLI and the tests (Chromium
 * `page.pdf()`) and the app (Electron `webContents.printToPDF`, which takes the same
 * `displayHeaderFooter`, `headerTemplate`, `footerTemplate` and `printBackground` options,
 * with `pageSize: 'A4' | 'Letter'` and `margins` in inches = mm / 25.4: see
 * electron/shared/report-pdf-options.ts).
 * Chromium fills the `pageNumber` and `totalPages` spans of the footer on every page.
 */
import type { ReportCover, ReportModel } from './types';

export type ReportPageSize = 'A4' | 'Letter';

/** Page margins in millimetres; the footer is drawn inside the bottom margin. */
export const REPORT_MARGINS_MM = { top: 12, right: 12, bottom: 16, left: 12 } as const;

/** Paper sizes in millimetres. */
export const PAPER_MM: Record<ReportPageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** Width of the printable area in millimetres (the report page is laid out at this width). */
export function contentWidthMm(pageSize: ReportPageSize): number {
  return PAPER_MM[pageSize].width - REPORT_MARGINS_MM.left - REPORT_MARGINS_MM.right;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An empty header (Chromium's default header would print the URL and date). */
export const REPORT_HEADER_TEMPLATE = '<span></span>';

/**
 * What the footer names: the report's title, the portfolio and the ISO generation timestamp
 * (only its date is printed). A `ReportCover` is one; the app sends just these three strings
 * from the renderer to main, which builds the footer HTML itself.
 */
export type ReportFooter = Pick<ReportCover, 'title' | 'portfolioName' | 'generatedAt'>;

function footerText(footer: ReportFooter): string {
  return `${footer.title} — ${footer.portfolioName} — ${footer.generatedAt.slice(0, 10)}`;
}

/** Footer on every page: report title, portfolio, generation date, "page N of M" (text HTML-escaped). */
export function reportFooterTemplate(footer: ReportFooter): string {
  const left = escapeHtml(footerText(footer));
  return (
    `<div style="width:100%;margin:0 ${REPORT_MARGINS_MM.right}mm 0 ${REPORT_MARGINS_MM.left}mm;font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:9px;color:#555;display:flex;justify-content:space-between;">` +
    `<span>${left}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}

/**
 * The same footer as CSS page-margin boxes, for a print without a footer template (the browser
 * build's print dialog): the text bottom left, "page N of M" bottom right (CSS counters).
 */
export function reportFooterCss(footer: ReportFooter): string {
  const text = footerText(footer).replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n<>]/g, ' ');
  const style = "font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9px; color: #555;";
  return `@page { @bottom-left { content: "${text}"; ${style} } @bottom-right { content: "page " counter(page) " of " counter(pages); ${style} } }`;
}

/** What a printer hands the standalone report page (`report.html`) as the global `__SIZEWISE_REPORT__`. */
export interface ReportPrintPayload {
  model: ReportModel;
  pageSize: ReportPageSize;
}
