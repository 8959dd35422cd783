/**
 * The ONE interface through which the renderer reaches the outside world (files, dialogs,
 * printing, recent files, menu commands). Two implementations: the Electron preload bridge
 * (`electron-platform.ts`) and the browser one (`browser-platform.ts`, used in plain
 * Chromium for tests and `npm run preview:web`). The renderer never sees a file path: main
 * hands out opaque tokens for files the user picked in a dialog or from the recent list.
 */
import type { ReportFooter } from '../../../core/report/print-layout';
import type { MenuCommand, OpenedFile, PageSize, RecentFile } from '../../../electron/shared/payloads';

export type { MenuCommand, OpenedFile, PageSize, RecentFile } from '../../../electron/shared/payloads';

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Native open dialog; resolves [] when the user cancels. */
  openFiles(purpose: 'import' | 'workspace'): Promise<OpenedFile[]>;
  /** Re-open a file from the recent list. null when it no longer exists. */
  openRecent(token: string): Promise<OpenedFile | null>;
  listRecent(): Promise<RecentFile[]>;
  /**
   * Save workspace bytes atomically. With a token and saveAs=false, overwrite that file;
   * otherwise ask for a location. null when the user cancels.
   */
  saveWorkspace(bytes: Uint8Array, options: { token?: string; saveAs: boolean; suggestedName: string }): Promise<RecentFile | null>;
  /** Recovery copy of unsaved work (autosave). */
  writeRecovery(bytes: Uint8Array): Promise<void>;
  readRecovery(): Promise<Uint8Array | null>;
  clearRecovery(): Promise<void>;
  /**
   * Print the current report page to PDF and ask where to save it. null when cancelled.
   * `footer` is the plain text of the page footer (core/report/print-layout.ts builds it).
   */
  /**
   * Prints the report to PDF. `unconfirmed`: the platform cannot tell whether a file was written
   * (the browser's print dialog), so the app must not say "Exported".
   */
  exportPdf(options: { pageSize: PageSize; suggestedName: string; footer: ReportFooter }): Promise<{ name: string; unconfirmed?: boolean } | null>;
  /** Save a text export (CSV) through a save dialog. null when cancelled. */
  saveText(text: string, options: { suggestedName: string; filterName: string; extensions: string[] }): Promise<{ name: string } | null>;
  /** Window title with a dirty marker. */
  setTitle(title: string, dirty: boolean): void;
  /** Application menu commands (File → ...). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
