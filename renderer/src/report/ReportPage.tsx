/**
 * The printable sizing report: a cover (portfolio, date range, capital, Kelly fraction,
 * contents, conventions), then one page-broken section per entry of the report model (a
 * section without data shows why, in its place).
 * Laid out at the printable width of the chosen paper so charts are drawn at print size.
 * Signals readiness (fonts loaded, every chart finished) through ready-signal.ts. Used by
 * the app's report view and by report.html for headless printing.
 */
import { useEffect, useMemo } from 'react';
import { REPORT_MARGINS_MM, contentWidthMm, formatNumber, reportFooterCss, type ReportModel, type ReportPageSize, type ReportTable as ReportTableData } from '../../../core/report';
import { ReportChart } from './ReportChart';
import { ReportTable } from './ReportTable';
import { createChartTracker, markReportReady, resetReportReady } from './ready-signal';
import './report.css';

export interface ReportPageProps {
  model: ReportModel;
  pageSize: ReportPageSize;
  /** Called once the report is ready to print. */
  onReady?: () => void;
  /** When given, each table shows an "Export CSV" button (screen only). */
  onExportCsv?: (table: ReportTableData) => void;
  /** Print the footer ("page N of M") from CSS: for a print without a footer template (the browser build's print dialog). */
  cssFooter?: boolean;
}

function fractionLabel(fraction: number, kellyOf: ReportModel['cover']['kellyOf']): string {
  const named: Record<number, string> = { 1: 'full Kelly', 0.5: 'half Kelly', 0.25: 'quarter Kelly' };
  const of = kellyOf === 'growth-optimal' ? 'the growth-optimal fraction f*' : kellyOf === 'classic' ? 'the classic Kelly p − q/b' : 'full Kelly';
  return `${formatNumber(fraction, 'percent')} of ${of}${named[fraction] ? ` (${named[fraction]})` : ''}`;
}

function pageCss(pageSize: ReportPageSize): string {
  const m = REPORT_MARGINS_MM;
  return `@page { size: ${pageSize}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`;
}

export function ReportPage({ model, pageSize, onReady, onExportCsv, cssFooter = false }: ReportPageProps) {
  const tracker = useMemo(() => createChartTracker(model.sections.flatMap((s) => s.charts.map((c) => `${s.id}/${c.id}`))), [model]);
  const finishers = useMemo(() => {
    const byKey = new Map<string, () => void>();
    for (const s of model.sections) for (const c of s.charts) byKey.set(`${s.id}/${c.id}`, () => tracker.chartFinished(`${s.id}/${c.id}`));
    return byKey;
  }, [model, tracker]);

  useEffect(() => {
    let current = true;
    resetReportReady();
    void Promise.all([document.fonts.ready, tracker.allFinished]).then(() => {
      if (!current) return;
      markReportReady();
      onReady?.();
    });
    return () => {
      current = false;
    };
  }, [tracker, pageSize, onReady]);

  const { cover } = model;
  return (
    <div className="report-page" style={{ width: `${contentWidthMm(pageSize)}mm` }} data-page-size={pageSize}>
      <style>{cssFooter ? `${pageCss(pageSize)}\n${reportFooterCss(model.cover)}` : pageCss(pageSize)}</style>
      <section className="report-cover">
        <p className="report-brand">Sizewise</p>
        <h1>{cover.title}</h1>
        <p className="report-portfolio">{cover.portfolioName}</p>
        <dl className="report-facts">
          <dt>Period</dt>
          <dd>{cover.firstDate && cover.lastDate ? `${cover.firstDate} to ${cover.lastDate}` : 'no trades'}</dd>
          <dt>Trades</dt>
          <dd>{formatNumber(cover.trades, 'integer')}</dd>
          <dt>Strategies</dt>
          <dd>{cover.strategies.join(', ') || '—'}</dd>
          <dt>Capital</dt>
          <dd>{formatNumber(cover.capital, 'money')}</dd>
          <dt>Kelly fraction</dt>
          <dd>{fractionLabel(cover.fraction, cover.kellyOf)}</dd>
          <dt>Generated</dt>
          <dd>{cover.generatedAt.replace('T', ' ').slice(0, 16)} UTC</dd>
        </dl>
        <h2>Contents</h2>
        <ol className="report-contents">
          {model.sections.map((section) => (
            <li key={section.id}>
              {section.title}
              {section.omitted !== undefined && <span className="report-contents-omitted"> — no content (reason on its page)</span>}
            </li>
          ))}
        </ol>
        <h2>Conventions used</h2>
        <ol className="report-conventions">
          {model.conventions.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ol>
      </section>
      {model.sections.map((section) => (
        <section key={section.id} className={section.omitted === undefined ? 'report-section' : 'report-section report-section-omitted'} data-section-id={section.id}>
          <h2>{section.title}</h2>
          {section.omitted !== undefined && (
            <p className="report-omitted" data-testid={`report-omitted-${section.id}`}>
              Not included: {section.omitted}.
            </p>
          )}
          {section.charts.map((chart) => (
            <ReportChart key={chart.id} chart={chart} onFinished={finishers.get(`${section.id}/${chart.id}`)!} />
          ))}
          {section.tables.map((table) => (
            <ReportTable key={table.id} table={table} showTitle={table.title !== section.title} onExportCsv={onExportCsv} />
          ))}
          {section.notes.length > 0 && (
            <ul className="report-notes">
              {section.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
