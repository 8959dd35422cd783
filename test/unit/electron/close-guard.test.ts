// Closing with unsaved changes: clean windows close at once; a dirty one asks Save / Don't
// Save / Cancel. Save closes only after a successful save; Don't Save drops the recovery copy.
import { describe, expect, it, vi } from 'vitest';
import { CLOSE_DIALOG_OPTIONS, type CloseChoice, closeChoiceFromResponse, createCloseGuard } from '../../../electron/main/close-guard';

function setup(choice: CloseChoice) {
  const deps = {
    confirm: vi.fn(async () => choice),
    requestSave: vi.fn(),
    discardRecovery: vi.fn(async () => undefined),
    closeWindow: vi.fn(),
  };
  const guard = createCloseGuard(deps);
  // closeWindow re-enters the window's close event, as BrowserWindow.close() does.
  deps.closeWindow.mockImplementation(() => expect(guard.onCloseRequested()).toBe(true));
  return { guard, deps };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('close guard', () => {
  it('maps the message box buttons to choices', () => {
    expect(CLOSE_DIALOG_OPTIONS.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(CLOSE_DIALOG_OPTIONS.cancelId).toBe(2);
    expect([0, 1, 2].map(closeChoiceFromResponse)).toEqual(['save', 'discard', 'cancel']);
  });

  it('lets a clean window close without asking', () => {
    const { guard, deps } = setup('cancel');
    expect(guard.onCloseRequested()).toBe(true);
    expect(deps.confirm).not.toHaveBeenCalled();
  });

  it('Cancel keeps the dirty window open', async () => {
    const { guard, deps } = setup('cancel');
    guard.setDirty(true);
    expect(guard.onCloseRequested()).toBe(false);
    await settle();
    expect(deps.confirm).toHaveBeenCalledTimes(1);
    expect(deps.closeWindow).not.toHaveBeenCalled();
    expect(deps.requestSave).not.toHaveBeenCalled();
  });

  it("Don't Save discards the recovery copy and closes", async () => {
    const { guard, deps } = setup('discard');
    guard.setDirty(true);
    expect(guard.onCloseRequested()).toBe(false);
    await settle();
    expect(deps.discardRecovery).toHaveBeenCalledTimes(1);
    expect(deps.closeWindow).toHaveBeenCalledTimes(1);
  });

  it('Save asks the renderer to save and closes once the save succeeded', async () => {
    const { guard, deps } = setup('save');
    guard.setDirty(true);
    guard.onCloseRequested();
    await settle();
    expect(deps.requestSave).toHaveBeenCalledTimes(1);
    expect(deps.closeWindow).not.toHaveBeenCalled();
    guard.saveFinished(true);
    expect(deps.closeWindow).toHaveBeenCalledTimes(1);
  });

  it('Save then a cancelled Save As keeps the window open, and later saves do not close it', async () => {
    const { guard, deps } = setup('save');
    guard.setDirty(true);
    guard.onCloseRequested();
    await settle();
    guard.saveFinished(false);
    guard.saveFinished(true);
    expect(deps.closeWindow).not.toHaveBeenCalled();
  });

  it('asks only once while the dialog is open', async () => {
    const { guard, deps } = setup('cancel');
    guard.setDirty(true);
    guard.onCloseRequested();
    guard.onCloseRequested();
    await settle();
    expect(deps.confirm).toHaveBeenCalledTimes(1);
  });
});
