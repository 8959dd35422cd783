// Electron hardening, setting by setting: webPreferences, the CSP string, the guards on every
// webContents (no new windows, no navigation or redirect off the app, no <webview>) and on the
// session (permissions denied; in production CSP on every response and off-app requests cancelled).
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  appUrlMatcher,
  applySessionSecurity,
  applyWindowSecurity,
  isAllowedRequest,
  secureWebPreferences,
  withContentSecurityPolicy,
} from '../../../electron/main/security';

const isAppUrl = appUrlMatcher('app://sizewise/');

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and disables Node and every escape hatch', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });
});

describe('Content-Security-Policy', () => {
  it('is the exact strict policy shared with renderer/index.html', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self' blob: data:; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('replaces any CSP header a response already has, whatever its case, and keeps the others', () => {
    expect(withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('app URLs', () => {
  it('match on scheme and host only', () => {
    expect(isAppUrl('app://sizewise/index.html')).toBe(true);
    expect(isAppUrl('app://sizewise/assets/sql-wasm.wasm')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://sizewise/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    const dev = appUrlMatcher('http://localhost:5173');
    expect(dev('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });

  it('allow only app, data:, blob: and devtools requests in production', () => {
    expect(['app://sizewise/x.js', 'data:image/png;base64,AA', 'blob:app://sizewise/123', 'devtools://devtools/bundled/x'].map((url) => isAllowedRequest(url, isAppUrl))).toEqual([true, true, true, true]);
    expect(['https://example.com/x.js', 'http://localhost/', 'file:///etc/passwd', 'ws://evil'].map((url) => isAllowedRequest(url, isAppUrl))).toEqual([false, false, false, false]);
  });
});

function fakeWebContents() {
  const listeners = new Map<string, (event: { url: string; preventDefault: () => void }) => void>();
  let openHandler: ((details: unknown) => unknown) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: (details: unknown) => unknown) => (openHandler = handler),
    on: (name: string, listener: (event: { url: string; preventDefault: () => void }) => void) => listeners.set(name, listener),
  };
  const fire = (name: string, url = '') => {
    const preventDefault = vi.fn();
    listeners.get(name)!({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, openWindow: (url: string) => openHandler!({ url }) };
}

describe('applyWindowSecurity', () => {
  it('denies every new window', () => {
    const fake = fakeWebContents();
    applyWindowSecurity(fake.contents as never, isAppUrl);
    expect(fake.openWindow('https://example.com')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://sizewise/index.html')).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects away from the app, allows it within', () => {
    const fake = fakeWebContents();
    applyWindowSecurity(fake.contents as never, isAppUrl);
    expect(fake.fire('will-navigate', 'https://example.com/phish')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///home/ann/trades.csv')).toBe(true);
    expect(fake.fire('will-navigate', 'app://sizewise/index.html')).toBe(false);
    expect(fake.fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-redirect', 'app://sizewise/index.html')).toBe(false);
  });

  it('refuses <webview> tags', () => {
    const fake = fakeWebContents();
    applyWindowSecurity(fake.contents as never, isAppUrl);
    expect(fake.fire('will-attach-webview')).toBe(true);
  });
});

function fakeSession() {
  const calls = {
    request: undefined as undefined | ((...args: unknown[]) => void),
    check: undefined as undefined | ((...args: unknown[]) => boolean),
    beforeRequest: undefined as undefined | ((details: { url: string }, callback: (response: unknown) => void) => void),
    headers: undefined as undefined | ((details: { responseHeaders?: Record<string, string[]> }, callback: (response: unknown) => void) => void),
  };
  const session = {
    setPermissionRequestHandler: (handler: typeof calls.request) => (calls.request = handler),
    setPermissionCheckHandler: (handler: typeof calls.check) => (calls.check = handler),
    webRequest: {
      onBeforeRequest: (handler: typeof calls.beforeRequest) => (calls.beforeRequest = handler),
      onHeadersReceived: (handler: typeof calls.headers) => (calls.headers = handler),
    },
  };
  return { session, calls };
}

describe('applySessionSecurity', () => {
  it('denies every permission request and check', () => {
    const { session, calls } = fakeSession();
    applySessionSecurity(session as never, { isAppUrl, production: false });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      calls.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(calls.check!({}, 'media', 'app://sizewise', {})).toBe(false);
  });

  it('in production, puts the CSP on every response and cancels requests leaving the app', () => {
    const { session, calls } = fakeSession();
    applySessionSecurity(session as never, { isAppUrl, production: true });
    const headersCallback = vi.fn();
    calls.headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, headersCallback);
    expect(headersCallback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    const requestCallback = vi.fn();
    calls.beforeRequest!({ url: 'https://cdn.example.com/lib.js' }, requestCallback);
    calls.beforeRequest!({ url: 'app://sizewise/assets/index.js' }, requestCallback);
    expect(requestCallback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });

  it('leaves responses alone for the dev server (its HMR needs inline scripts)', () => {
    const { session, calls } = fakeSession();
    applySessionSecurity(session as never, { isAppUrl, production: false });
    expect(calls.headers).toBeUndefined();
    expect(calls.beforeRequest).toBeUndefined();
  });
});
