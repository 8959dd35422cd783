/** React context carrying the workspace controller and the data client to every page. */
import { createContext, useContext } from 'react';
import type { DataClient } from '../data/data-client';
import type { WorkspaceController } from './use-workspace';

export interface WorkspaceContextValue {
  data: DataClient;
  workspace: WorkspaceController;
  /** Opens the platform's file picker and starts the import flow. */
  requestImport(): void;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function useWorkspaceContext(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspaceContext must be used inside <WorkspaceContext.Provider>.');
  return value;
}
