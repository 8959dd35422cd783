/**
 * The import flow: every picked or dropped file is previewed in the data worker, the
 * previews are reviewed one at a time (preview dialog, mapping dialog for a generic CSV,
 * error panel for an unreadable file), and only an explicit Import commits — atomically,
 * in the worker. Cancel discards the preview; the workspace is untouched.
 */
import { useCallback, useRef, useState } from 'react';
import type { GenericOptions } from '../../../core/model';
import type { ImportPreview, PreviewOutcome, WorkspaceSummary } from '../../../workers/data-api';
import type { DataClient } from '../data/data-client';
import { defaultGenericOptions, sameMapping } from './generic-fields';
import { orderForReview } from './import-order';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** What the mapping dialog needs to keep while the mapping is being changed. */
export interface GenericContext {
  headers: string[];
  sampleRows: string[][];
  headerSignature: string;
  options: GenericOptions;
}

export interface PendingImport {
  file: ImportFile;
  outcome: PreviewOutcome;
  /** Set for a generic CSV (mapping dialog). */
  generic?: GenericContext;
  /** The worker is re-running the preview with new options. */
  refreshing: boolean;
  committing: boolean;
  commitError?: string;
}

function genericContextOf(outcome: PreviewOutcome, previous?: GenericContext): GenericContext | undefined {
  if (outcome.ok && outcome.generic) return { ...outcome.generic };
  return previous;
}

/** A mapping to build by hand from the headers of a file the adapters could not place. */
function manualContext(failure: Extract<PreviewOutcome, { ok: false }>): GenericContext | undefined {
  return failure.headers && failure.headers.length > 0 ? { headers: failure.headers, sampleRows: [], headerSignature: '', options: defaultGenericOptions } : undefined;
}

/** Whether the error panel can offer "Map columns…" for this outcome. */
export function canMapManually(outcome: PreviewOutcome): boolean {
  return !outcome.ok && outcome.code === 'unrecognized' && manualContext(outcome) !== undefined;
}

function previewIdOf(outcome: PreviewOutcome): string | null {
  return outcome.ok ? outcome.previewId : null;
}

export interface ImportFlow {
  current: PendingImport | null;
  remaining: number;
  preparing: boolean;
  start(files: ImportFile[]): Promise<void>;
  commit(options: { replace: boolean }): Promise<void>;
  cancel(): Promise<void>;
  remap(options: GenericOptions): Promise<void>;
  /** For an unrecognized CSV: open the mapping dialog on its headers. */
  mapManually(): void;
}

export function useImportFlow(data: DataClient, onCommitted: (summary: WorkspaceSummary, preview: ImportPreview) => void): ImportFlow {
  const [queue, setQueue] = useState<PendingImport[]>([]);
  const [preparing, setPreparing] = useState(false);
  const remapRequest = useRef(0);

  const previewWithRememberedMapping = useCallback(
    async (file: ImportFile): Promise<PendingImport> => {
      let outcome = await data.previewImport(file.name, file.bytes);
      if (outcome.ok && outcome.generic) {
        const remembered = await data.getMapping(outcome.generic.headerSignature);
        if (remembered && !sameMapping(remembered, outcome.generic.options.mapping)) {
          const rerun = await data.previewImport(file.name, file.bytes, { ...outcome.generic.options, mapping: remembered });
          if (rerun.ok) {
            await data.discardPreview(outcome.previewId);
            outcome = rerun;
          }
        }
      }
      const generic = genericContextOf(outcome) ?? (!outcome.ok && outcome.code === 'bad-mapping' ? manualContext(outcome) : undefined);
      return { file, outcome, generic, refreshing: false, committing: false };
    },
    [data],
  );

  const start = useCallback(
    async (files: ImportFile[]) => {
      if (files.length === 0) return;
      setPreparing(true);
      try {
        const items: PendingImport[] = [];
        for (const file of files) items.push(await previewWithRememberedMapping(file));
        setQueue((existing) => [...existing, ...orderForReview(items)]);
      } finally {
        setPreparing(false);
      }
    },
    [previewWithRememberedMapping],
  );

  const updateHead = useCallback((update: (head: PendingImport) => PendingImport) => {
    setQueue((items) => (items.length === 0 ? items : [update(items[0]), ...items.slice(1)]));
  }, []);

  /** Drops the head; a daily or reporting log next in line is re-checked against what was just committed. */
  const advance = useCallback(
    async (committed: boolean) => {
      const rest = queue.slice(1);
      const next = rest[0];
      if (committed && next?.outcome.ok && next.outcome.format !== 'optionomega-trades' && next.outcome.format !== 'generic-trades') {
        setQueue(rest.map((item, index) => (index === 0 ? { ...item, refreshing: true } : item)));
        await data.discardPreview(next.outcome.previewId);
        const refreshed = await previewWithRememberedMapping(next.file);
        setQueue((items) => (items[0]?.file === next.file ? [refreshed, ...items.slice(1)] : items));
        return;
      }
      setQueue(rest);
    },
    [data, queue, previewWithRememberedMapping],
  );

  const commit = useCallback(
    async ({ replace }: { replace: boolean }) => {
      const head = queue[0];
      if (!head || !head.outcome.ok || head.committing || head.refreshing) return;
      const preview = head.outcome;
      updateHead((item) => ({ ...item, committing: true, commitError: undefined }));
      const result = await data.commitImport(preview.previewId, { replace });
      if (!result.ok) {
        updateHead((item) => ({ ...item, committing: false, commitError: result.message }));
        return;
      }
      if (preview.generic) await data.saveMapping(preview.generic.headerSignature, preview.generic.options.mapping);
      onCommitted(result.summary, preview);
      await advance(true);
    },
    [queue, data, updateHead, onCommitted, advance],
  );

  const cancel = useCallback(async () => {
    const head = queue[0];
    if (!head) return;
    const previewId = previewIdOf(head.outcome);
    if (previewId) await data.discardPreview(previewId);
    await advance(false);
  }, [queue, data, advance]);

  const remap = useCallback(
    async (options: GenericOptions) => {
      const head = queue[0];
      if (!head) return;
      const request = ++remapRequest.current;
      updateHead((item) => ({ ...item, refreshing: true, generic: item.generic ? { ...item.generic, options } : item.generic }));
      const outcome = await data.previewImport(head.file.name, head.file.bytes, options);
      if (request !== remapRequest.current) {
        if (outcome.ok) await data.discardPreview(outcome.previewId);
        return;
      }
      const oldId = previewIdOf(head.outcome);
      if (oldId) await data.discardPreview(oldId);
      updateHead((item) => {
        const context = genericContextOf(outcome, item.generic);
        return { ...item, outcome, refreshing: false, commitError: undefined, generic: context ? { ...context, options } : undefined };
      });
    },
    [queue, data, updateHead],
  );

  const mapManually = useCallback(() => {
    updateHead((item) => (item.outcome.ok ? item : { ...item, generic: manualContext(item.outcome) }));
  }, [updateHead]);

  return { current: queue[0] ?? null, mapManually, remaining: Math.max(0, queue.length - 1), preparing, start, commit, cancel, remap };
}
