/**
 * The payload types main and the renderer exchange (files, recent files, menu commands, page
 * sizes). They live here, in electron/shared, so neither side imports the other: main and the
 * IPC contract import them from here, and the renderer's Platform interface re-exports them.
 */

export interface OpenedFile {
  /** Display name (base name only, never a path). */
  name: string;
  bytes: Uint8Array;
  /** Opaque handle main uses to find the file again (Save, recent list). */
  token: string;
}

export interface RecentFile {
  name: string;
  token: string;
}

export type MenuCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'save-as'
  | 'import'
  | 'export-report'
  | 'close'
  | { kind: 'open-recent'; token: string };

export type PageSize = 'A4' | 'Letter';
