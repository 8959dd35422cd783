// createMainWindow with `electron` mocked: the BrowserWindow is built with the hardened
// webPreferences and the sandboxed CommonJS preload, hidden until its first paint.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; once: Map<string, () => void>; show: ReturnType<typeof vi.fn> }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly once = (name: string, listener: () => void) => created.at(-1)!.once.set(name, listener);
    readonly show = vi.fn();
    constructor(options: Record<string, unknown>) {
      created.push({ options, once: new Map(), show: this.show });
    }
  },
}));

beforeEach(() => {
  created.length = 0;
});

describe('createMainWindow', () => {
  it('uses the secure webPreferences and shows the window when ready', async () => {
    const { createMainWindow } = await import('../../../electron/main/window');
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs' });

    expect(created).toHaveLength(1);
    const [{ options, once, show }] = created;
    expect(options.show).toBe(false);
    expect(options.title).toBe('Sizewise');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(show).not.toHaveBeenCalled();
    once.get('ready-to-show')!();
    expect(show).toHaveBeenCalledTimes(1);
  });
});
