/**
 * The report export controller, shared by the Report page, File → Export report… and the
 * CSV buttons: opens the export dialog with the sections that have data, builds the chosen
 * report in the data worker, mounts it in print mode (PrintedReport), and once the page
 * signals it is ready (fonts loaded, charts finished: never a fixed delay) asks the platform
 * to print it to PDF. Tables export to CSV through the platform's save dialog.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { toCsv, type ReportModel, type ReportTable, type SectionChoice } from '../../../core/report';
import type { DataClient } from '../data/data-client';
import type { PageSize, Platform } from '../platform/platform';
import type { WorkspaceController } from '../workspace/use-workspace';
import { reportPdfName, tableCsvName } from './file-names';
import { reportRequest } from './report-request';

export interface PrintJob {
  model: ReportModel;
  pageSize: PageSize;
  /** The page footer comes from CSS (the browser's print dialog takes no footer template). */
  cssFooter: boolean;
}

export type ExportPhase = { kind: 'idle' } | { kind: 'preparing' } | { kind: 'choosing'; sections: SectionChoice[] } | { kind: 'printing'; job: PrintJob };

export interface ReportExport {
  phase: ExportPhase;
  /** Open the export dialog (File → Export report…, the Report page's button). */
  start(): void;
  /** The dialog's choice: build and print. */
  choose(sections: string[], pageSize: PageSize): void;
  cancel(): void;
  /** The print-mode report signalled ready: print it. */
  printReady(): void;
  exportCsv(table: ReportTable): void;
}

export function useReportExport(platform: Platform, data: DataClient, workspace: WorkspaceController): ReportExport {
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'idle' });
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const workspaceRef = useRef(workspace);
  workspaceRef.current = workspace;

  const fail = useCallback((error: unknown) => {
    setPhase({ kind: 'idle' });
    workspaceRef.current.report(error);
  }, []);

  /** The report model of the open workspace, or a thrown failure message. */
  const buildModel = useCallback(
    async (sections?: string[]) => {
      // The report reads the Sizing settings from the workspace: an edit still waiting goes in first.
      await workspaceRef.current.flushPendingWrites();
      const outcome = await data.reportModel(reportRequest(workspaceRef.current.state, sections));
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome;
    },
    [data],
  );

  const start = useCallback(() => {
    if (phaseRef.current.kind !== 'idle') return;
    setPhase({ kind: 'preparing' });
    buildModel().then(({ choices }) => setPhase({ kind: 'choosing', sections: choices }), fail);
  }, [buildModel, fail]);

  const choose = useCallback(
    (sections: string[], pageSize: PageSize) => {
      setPhase({ kind: 'preparing' });
      buildModel(sections).then(({ model }) => setPhase({ kind: 'printing', job: { model, pageSize, cssFooter: platform.kind === 'browser' } }), fail);
    },
    [buildModel, fail, platform],
  );

  const cancel = useCallback(() => setPhase({ kind: 'idle' }), []);

  const printReady = useCallback(() => {
    const current = phaseRef.current;
    if (current.kind !== 'printing') return;
    platform
      .exportPdf({ pageSize: current.job.pageSize, suggestedName: reportPdfName(workspaceRef.current.state.name), footer: current.job.model.cover })
      .then((saved) => {
        setPhase({ kind: 'idle' });
        if (saved?.unconfirmed)
          workspaceRef.current.inform(`The report went to the browser's print dialog; the browser does not tell Sizewise whether "${saved.name}" was saved (choose "Save as PDF" as the destination).`);
        else if (saved) workspaceRef.current.inform(`Exported the report to "${saved.name}".`);
      }, fail);
  }, [platform, fail]);

  const exportCsv = useCallback(
    (table: ReportTable) => {
      platform
        .saveText(toCsv(table), { suggestedName: tableCsvName(workspaceRef.current.state.name, table.id), filterName: 'CSV', extensions: ['csv'] })
        .then((saved) => {
          if (saved) workspaceRef.current.inform(`Exported "${table.title}" to "${saved.name}".`);
        }, workspaceRef.current.report);
    },
    [platform],
  );

  return useMemo(() => ({ phase, start, choose, cancel, printReady, exportCsv }), [phase, start, choose, cancel, printReady, exportCsv]);
}
