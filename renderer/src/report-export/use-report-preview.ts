/**
 * The report model of the open workspace for the Report page's preview, built in the data
 * worker; rebuilt when the workspace content, its name or the trade filter changes. Stale
 * answers are dropped; the previous preview stays visible while a new one is built.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReportModel } from '../../../core/report';
import type { TradeFilter } from '../../../core/stats/types';
import type { ReportModelOutcome } from '../../../workers/data-api';
import type { DataClient } from '../data/data-client';
import { reportRequest } from './report-request';

export interface ReportPreview {
  model: ReportModel | null;
  loading: boolean;
  error: string | null;
}

export function useReportPreview(data: DataClient, workspace: { name: string; filter: TradeFilter; revision: number }, enabled: boolean): ReportPreview {
  const [preview, setPreview] = useState<ReportPreview>({ model: null, loading: enabled, error: null });
  const request = useRef(0);
  const { name, filter, revision } = workspace;

  useEffect(() => {
    if (!enabled) return;
    const id = ++request.current;
    setPreview((previous) => ({ ...previous, loading: true, error: null }));
    const build = async (): Promise<ReportModelOutcome> => data.reportModel(reportRequest({ name, filter }));
    build().then(
      (outcome) => {
        if (id !== request.current) return;
        setPreview(outcome.ok ? { model: outcome.model, loading: false, error: null } : { model: null, loading: false, error: outcome.message });
      },
      (error: unknown) => {
        if (id === request.current) setPreview((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
  }, [data, name, filter, revision, enabled]);

  return preview;
}
