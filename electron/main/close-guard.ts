/**
 * Closing the window with unsaved changes. The renderer reports its dirty state with every
 * title update; when the window is asked to close while dirty, the guard prevents the close
 * and asks Save / Don't Save / Cancel. Save asks the renderer to save (it owns the workspace
 * bytes) and closes once that save succeeds; a cancelled or failed save keeps the window
 * open. Don't Save discards the recovery copy too, so the next start does not offer to
 * recover work the user chose to throw away.
 */
export type CloseChoice = 'save' | 'discard' | 'cancel';

/** The native message box (`dialog.showMessageBox` options). */
export const CLOSE_DIALOG_OPTIONS = {
  type: 'warning',
  buttons: ['Save', "Don't Save", 'Cancel'],
  defaultId: 0,
  cancelId: 2,
  noLink: true,
  message: 'Save the changes to this workspace before closing?',
  detail: "Your changes will be lost if you don't save them.",
} as const;

export function closeChoiceFromResponse(response: number): CloseChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

export interface CloseGuardDeps {
  confirm(): Promise<CloseChoice>;
  /** Send the 'save' menu command to the renderer. */
  requestSave(): void;
  discardRecovery(): Promise<void>;
  /** Close the window again (this time the guard lets it through). */
  closeWindow(): void;
}

export interface CloseGuard {
  setDirty(dirty: boolean): void;
  /** From the window's 'close' event: true lets it close now; false means prevent it. */
  onCloseRequested(): boolean;
  /** From the workspace:save handler: whether the save wrote the file. */
  saveFinished(saved: boolean): void;
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let dirty = false;
  let closeAllowed = false;
  let asking = false;
  let closeAfterSave = false;

  function allowAndClose(): void {
    closeAllowed = true;
    deps.closeWindow();
  }

  async function ask(): Promise<void> {
    asking = true;
    let choice: CloseChoice;
    try {
      choice = await deps.confirm();
    } finally {
      asking = false;
    }
    if (choice === 'save') {
      closeAfterSave = true;
      deps.requestSave();
    } else if (choice === 'discard') {
      await deps.discardRecovery().catch(() => undefined);
      allowAndClose();
    }
  }

  return {
    setDirty(value) {
      dirty = value;
    },
    onCloseRequested() {
      if (closeAllowed || !dirty) return true;
      if (!asking) void ask();
      return false;
    },
    saveFinished(saved) {
      if (!closeAfterSave) return;
      closeAfterSave = false;
      if (saved) allowAndClose();
    },
  };
}
