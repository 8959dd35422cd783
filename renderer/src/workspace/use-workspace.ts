/**
 * The workspace controller: which workspace is open (name, save token, dirty flag), its
 * summary from the data worker, the shared trade filter, and the File actions (new, open,
 * save, import, recovery). Pages read it through WorkspaceContext; the toolbar, the menu
 * and drag-and-drop all call the same actions. Any change to the content (an import, a
 * setting, a saved scenario: see tracked-data-client.ts) makes the workspace dirty and
 * starts the recovery autosave countdown. Settings written a moment after an edit register
 * as pending writes: Save, Save As, the recovery copy, the report export and New/Open run
 * them first, so the file (and the unsaved-changes question) includes the last edit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TradeFilter } from '../../../core/stats/types';
import type { ImportPreview, WorkspaceSummary } from '../../../workers/data-api';
import type { DataClient } from '../data/data-client';
import { loadSampleFiles, SAMPLE_NAME } from '../data/sample';
import type { OpenedFile, Platform } from '../platform';
import { createPendingWrites, exportWithPendingWrites, type PendingWrites } from './pending-writes';
import { createRecoveryAutosave, RECOVERY_AUTOSAVE_MS, type RecoveryAutosave } from './recovery-autosave';

export const UNTITLED = 'Untitled';
const RECOVERED = 'Recovered workspace';
const WORKSPACE_EXTENSION = /\.sizewise$/i;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface ConfirmRequest {
  message: string;
  confirmLabel: string;
  resolve(confirmed: boolean): void;
}

export interface WorkspaceState {
  phase: 'starting' | 'ready';
  name: string;
  token?: string;
  dirty: boolean;
  summary: WorkspaceSummary | null;
  /** Increments whenever the data changes, so computed views refresh. */
  revision: number;
  filter: TradeFilter;
}

export function isWorkspaceFile(bytes: Uint8Array): boolean {
  return bytes.length >= SQLITE_MAGIC.length && new TextDecoder('latin1').decode(bytes.subarray(0, SQLITE_MAGIC.length)) === SQLITE_MAGIC;
}

function displayName(fileName: string): string {
  return fileName.replace(WORKSPACE_EXTENSION, '');
}

async function importSample(data: DataClient): Promise<WorkspaceSummary> {
  let summary = await data.newWorkspace();
  for (const file of await loadSampleFiles()) {
    const preview = await data.previewImport(file.name, file.bytes);
    if (!preview.ok) throw new Error(`The bundled sample ${file.name} could not be read: ${preview.message}`);
    const committed = await data.commitImport(preview.previewId);
    if (!committed.ok) throw new Error(`The bundled sample ${file.name} could not be imported: ${committed.message}`);
    summary = committed.summary;
  }
  return summary;
}

export function useWorkspace(data: DataClient, platform: Platform) {
  const [state, setState] = useState<WorkspaceState>({ phase: 'starting', name: SAMPLE_NAME, dirty: false, summary: null, revision: 0, filter: {} });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmRequest, setConfirmRequest] = useState<ConfirmRequest | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const pendingRef = useRef<PendingWrites | null>(null);
  // An edit is unsaved from the moment it is scheduled, not only once its delayed write lands
  // (the title's ● and the close guard must not wait for the write delay).
  const markChangedRef = useRef<() => void>(() => undefined);
  pendingRef.current ??= createPendingWrites(() => markChangedRef.current());
  const pendingWrites = pendingRef.current;
  const flushPendingWrites = useCallback(() => pendingWrites.flush(), [pendingWrites]);

  const replaceWorkspace = useCallback((summary: WorkspaceSummary, name: string, dirty: boolean, token?: string) => {
    setState((previous) => ({ phase: 'ready', name, token, dirty, summary, revision: previous.revision + 1, filter: {} }));
  }, []);

  const report = useCallback((error: unknown) => {
    setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
  }, []);

  // A waiting setting write is an unsaved change too: written first, it makes the workspace dirty.
  const confirmDiscard = useCallback(
    async (action: string) => {
      await pendingWrites.flush();
      if (!stateRef.current.dirty) return true;
      return new Promise<boolean>((resolve) =>
        setConfirmRequest({
          message: `"${stateRef.current.name}" has unsaved changes. ${action} anyway and discard them?`,
          confirmLabel: 'Discard changes',
          resolve: (confirmed) => {
            setConfirmRequest(null);
            resolve(confirmed);
          },
        }),
      );
    },
    [pendingWrites],
  );

  useEffect(() => {
    platform.setTitle(`Sizewise — ${state.name}`, state.dirty);
  }, [platform, state.name, state.dirty]);

  // Start-up, once (React's StrictMode runs effects twice in development): restore unsaved
  // work from a crash, else open the bundled sample.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    (async () => {
      const recovery = await platform.readRecovery();
      if (recovery) {
        const restored = await data.openWorkspace(recovery);
        if (restored.ok) {
          replaceWorkspace(restored.summary, RECOVERED, true);
          setNotice({ kind: 'info', text: 'Unsaved work from your last session was restored. Save it to keep it.' });
          return;
        }
        await platform.clearRecovery();
      }
      replaceWorkspace(await importSample(data), SAMPLE_NAME, false);
    })().catch((error: unknown) => {
      report(error);
      setState((previous) => ({ ...previous, phase: 'ready', name: UNTITLED }));
    });
  }, [data, platform, replaceWorkspace, report]);

  const saveRecovery = useCallback(async () => {
    await platform.writeRecovery(await exportWithPendingWrites(pendingWrites, data));
  }, [data, platform, pendingWrites]);

  const saveRecoveryRef = useRef(saveRecovery);
  saveRecoveryRef.current = saveRecovery;
  const autosave = useRef<RecoveryAutosave | null>(null);
  autosave.current ??= createRecoveryAutosave({ intervalMs: RECOVERY_AUTOSAVE_MS, write: () => saveRecoveryRef.current(), onError: (error) => report(error) });
  useEffect(() => () => autosave.current?.cancel(), []);

  /** The content changed in the worker (a setting, a saved scenario): unsaved from now on. */
  const markChanged = useCallback(() => {
    setState((previous) => (previous.dirty ? previous : { ...previous, dirty: true }));
    autosave.current?.changed();
  }, []);
  markChangedRef.current = markChanged;

  const inform = useCallback((text: string) => setNotice({ kind: 'info', text }), []);

  const newWorkspace = useCallback(async () => {
    if (!(await confirmDiscard('Start a new workspace'))) return;
    const summary = await data.newWorkspace();
    autosave.current?.cancel();
    await platform.clearRecovery();
    replaceWorkspace(summary, UNTITLED, false);
  }, [confirmDiscard, data, platform, replaceWorkspace]);

  const openWorkspaceFile = useCallback(
    async (file: OpenedFile) => {
      if (!(await confirmDiscard(`Open "${file.name}"`))) return;
      const result = await data.openWorkspace(file.bytes);
      if (!result.ok) {
        setNotice({ kind: 'error', text: `"${file.name}" could not be opened: ${result.message} Your workspace was not changed.` });
        return;
      }
      autosave.current?.cancel();
      await platform.clearRecovery();
      replaceWorkspace(result.summary, displayName(file.name), false, file.token);
    },
    [confirmDiscard, data, platform, replaceWorkspace],
  );

  const open = useCallback(async () => {
    const [file] = await platform.openFiles('workspace');
    if (file) await openWorkspaceFile(file);
  }, [platform, openWorkspaceFile]);

  const openRecent = useCallback(
    async (token: string) => {
      const file = await platform.openRecent(token);
      if (file) await openWorkspaceFile(file);
      else setNotice({ kind: 'error', text: 'That recent workspace no longer exists.' });
    },
    [platform, openWorkspaceFile],
  );

  const save = useCallback(
    async (saveAs: boolean) => {
      const bytes = await exportWithPendingWrites(pendingWrites, data);
      const current = stateRef.current;
      const saved = await platform.saveWorkspace(bytes, { token: current.token, saveAs, suggestedName: `${current.name}.sizewise` });
      if (!saved) return;
      autosave.current?.cancel();
      await platform.clearRecovery();
      setState((previous) => ({ ...previous, name: displayName(saved.name), token: saved.token, dirty: false }));
      setNotice({ kind: 'info', text: `Saved "${saved.name}".` });
    },
    [data, platform, pendingWrites],
  );

  /** After an import committed in the worker. */
  const imported = useCallback(
    (summary: WorkspaceSummary, preview: ImportPreview) => {
      setState((previous) => ({ ...previous, phase: 'ready', summary, dirty: true, revision: previous.revision + 1 }));
      setNotice({ kind: 'info', text: `Imported ${preview.accepted.toLocaleString('en-US')} rows from "${preview.fileName}".` });
      saveRecovery().catch(report);
    },
    [saveRecovery, report],
  );

  const dismissNotice = useCallback(() => setNotice(null), []);

  const setFilter = useCallback((filter: TradeFilter) => {
    setState((previous) => ({ ...previous, filter }));
  }, []);

  return {
    state,
    notice,
    dismissNotice,
    confirmRequest,
    report,
    newWorkspace,
    open,
    openRecent,
    openWorkspaceFile,
    save,
    imported,
    markChanged,
    inform,
    setFilter,
    /** Where pages register their delayed writes (see pending-writes.ts). */
    pendingWrites,
    /** Runs the waiting writes; the report export awaits it before reading the settings. */
    flushPendingWrites,
  };
}

export type WorkspaceController = ReturnType<typeof useWorkspace>;
