/**
 * The report model of the open workspace for the Report page's preview, built in the data
 * worker (its replay and Monte Carlo on the worker's simulation pool); rebuilt when the
 * workspace content, its name or the trade filter changes. A build that a newer one
 * replaces, or that is running when the page closes, is cancelled (the pool's cancel); the
 * previous preview stays visible while a new one is built, with the Monte Carlo progress.
 */
import { proxy } from 'comlink';
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
  /** Monte Carlo paths done of the build in flight. */
  progress: { done: number; total: number } | null;
}

export function useReportPreview(data: DataClient, workspace: { name: string; filter: TradeFilter; revision: number }, enabled: boolean): ReportPreview {
  const [preview, setPreview] = useState<ReportPreview>({ model: null, loading: enabled, error: null, progress: null });
  const running = useRef(false);
  const request = useRef(0);
  const { name, filter, revision } = workspace;

  useEffect(() => {
    if (!enabled) return;
    const id = ++request.current;
    if (running.current) void data.cancelCompute('simulation');
    running.current = true;
    setPreview((previous) => ({ ...previous, loading: true, error: null, progress: null }));
    const onProgress = proxy((done: number, total: number) => {
      if (id === request.current) setPreview((previous) => ({ ...previous, progress: { done, total } }));
    });
    const build = async (): Promise<ReportModelOutcome> => data.reportModel(reportRequest({ name, filter }), onProgress);
    build().then(
      (outcome) => {
        if (id !== request.current) return;
        running.current = false;
        setPreview(outcome.ok ? { model: outcome.model, loading: false, error: null, progress: null } : { model: null, loading: false, error: outcome.message, progress: null });
      },
      (error: unknown) => {
        if (id !== request.current) return;
        running.current = false;
        setPreview((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error.message : String(error), progress: null }));
      },
    );
  }, [data, name, filter, revision, enabled]);

  useEffect(
    () => () => {
      if (running.current) void data.cancelCompute('simulation');
    },
    [data],
  );

  return preview;
}
