/** React context carrying the report export controller to the Report page and the CSV buttons. */
import { createContext, useContext } from 'react';
import type { ReportExport } from './use-report-export';

export const ReportExportContext = createContext<ReportExport | null>(null);

export function useReportExportContext(): ReportExport {
  const value = useContext(ReportExportContext);
  if (!value) throw new Error('useReportExportContext must be used inside <ReportExportContext.Provider>.');
  return value;
}
