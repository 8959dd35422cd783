// window:set-title — the renderer's title, with a leading dot while there are unsaved changes;
// the dirty flag reaches the window (the close guard and macOS's edited marker use it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatWindowTitle } from '../../../electron/main/handlers';
import { type ShellFixture, createShellFixture } from './shell-fixture';

let shell: ShellFixture;
beforeEach(async () => {
  shell = await createShellFixture();
});
afterEach(() => shell.cleanup());

describe('window title', () => {
  it('formats clean, dirty and empty titles', () => {
    expect(formatWindowTitle('Sizewise — book.sizewise', false)).toBe('Sizewise — book.sizewise');
    expect(formatWindowTitle('Sizewise — book.sizewise', true)).toBe('● Sizewise — book.sizewise');
    expect(formatWindowTitle('  ', false)).toBe('Sizewise');
  });

  it('passes the formatted title and dirty flag to the window', async () => {
    await shell.handlers['window:set-title']({ title: 'Sizewise — Untitled', dirty: true });
    await shell.handlers['window:set-title']({ title: 'Sizewise — Untitled', dirty: false });
    expect(shell.titles).toEqual([
      { title: '● Sizewise — Untitled', dirty: true },
      { title: 'Sizewise — Untitled', dirty: false },
    ]);
  });
});
