/**
 * The application shell: sidebar navigation, toolbar, the current page, the import flow
 * dialogs, drag-and-drop, notices. File commands from the toolbar, the platform menu and
 * keyboard shortcuts all arrive at `runCommand`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ConfirmDialog } from './components/ConfirmDialog';
import { DropOverlay, type DroppedFile } from './components/DropOverlay';
import { NoticeBar } from './components/NoticeBar';
import { Sidebar } from './components/Sidebar';
import { Toolbar } from './components/Toolbar';
import type { DataClient } from './data/data-client';
import { ImportDialogs } from './import/ImportDialogs';
import { useImportFlow } from './import/use-import-flow';
import { pages } from './pages';
import type { MenuCommand, Platform } from './platform';
import { ReportExportContext } from './report-export/report-export-context';
import { ReportExportHost } from './report-export/ReportExportHost';
import { useReportExport } from './report-export/use-report-export';
import { trackMutations } from './workspace/tracked-data-client';
import { isWorkspaceFile, useWorkspace } from './workspace/use-workspace';
import { WorkspaceContext, type WorkspaceContextValue } from './workspace/workspace-context';

export function App({ platform, data }: { platform: Platform; data: DataClient }) {
  const workspace = useWorkspace(data, platform);
  // Pages write settings and scenarios through this client: each write marks the workspace dirty.
  const pageData = useMemo(() => trackMutations(data, workspace.markChanged), [data, workspace.markChanged]);
  const reportExport = useReportExport(platform, data, workspace);
  const importFlow = useImportFlow(data, workspace.imported);
  const [pageId, setPageId] = useState(pages[0].id);
  const page = pages.find((candidate) => candidate.id === pageId) ?? pages[0];
  const { report } = workspace;

  const requestImport = useCallback(() => {
    platform
      .openFiles('import')
      .then((files) => importFlow.start(files))
      .catch(report);
  }, [platform, importFlow, report]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      const action = (): Promise<void> | void => {
        if (typeof command === 'object') return workspace.openRecent(command.token);
        switch (command) {
          case 'new':
          case 'close':
            return workspace.newWorkspace();
          case 'open':
            return workspace.open();
          case 'save':
            return workspace.save(false);
          case 'save-as':
            return workspace.save(true);
          case 'import':
            return requestImport();
          case 'export-report':
            return reportExport.start();
        }
      };
      Promise.resolve()
        .then(action)
        .catch(report);
    },
    [workspace, requestImport, reportExport, report],
  );

  const runCommandRef = useRef(runCommand);
  runCommandRef.current = runCommand;
  useEffect(() => platform.onMenuCommand((command) => runCommandRef.current(command)), [platform]);

  const onDrop = useCallback(
    (files: DroppedFile[]) => {
      const [first] = files;
      if (files.length === 1 && first && isWorkspaceFile(first.bytes)) {
        workspace.openWorkspaceFile({ ...first, token: '' }).catch(report);
        return;
      }
      importFlow.start(files).catch(report);
    },
    [workspace, importFlow, report],
  );

  const context = useMemo<WorkspaceContextValue>(() => ({ data: pageData, workspace, requestImport }), [pageData, workspace, requestImport]);
  const PageComponent = page.component;
  const starting = workspace.state.phase === 'starting';

  return (
    <WorkspaceContext.Provider value={context}>
      <ReportExportContext.Provider value={reportExport}>
        <div className="app">
          <Sidebar pages={pages} current={page.id} onSelect={setPageId} />
          <div className="main">
            <Toolbar workspaceName={workspace.state.name} dirty={workspace.state.dirty} busy={importFlow.preparing} onCommand={runCommand} />
            <main className="page" aria-busy={starting}>
              <div className="page-heading">
                <h1>{page.title}</h1>
                <p className="muted">{page.description}</p>
              </div>
              {starting ? (
                <div className="loading" role="status">
                  <span className="spinner" aria-hidden="true" /> Opening the workspace…
                </div>
              ) : (
                <PageComponent />
              )}
            </main>
          </div>
        </div>
        <ImportDialogs flow={importFlow} summary={workspace.state.summary} />
        {workspace.confirmRequest && <ConfirmDialog request={workspace.confirmRequest} />}
        <DropOverlay onDrop={onDrop} />
        <NoticeBar notice={workspace.notice} onDismiss={workspace.dismissNotice} />
        <ReportExportHost flow={reportExport} />
      </ReportExportContext.Provider>
    </WorkspaceContext.Provider>
  );
}
