/**
 * Electron hardening in pure functions, so a test can inspect every setting: the window's
 * webPreferences, the Content-Security-Policy, and the guards installed on each webContents
 * (no new windows, no navigation away from the app, no <webview>) and on the session (every
 * permission denied; in production, the CSP on every response and no request that leaves the
 * app). Electron is imported for types only.
 */
import type { Session, WebContents, WebPreferences } from 'electron';

/**
 * The app's CSP, sent as a response header for app pages in production (and carried by
 * renderer/index.html as a meta tag). 'wasm-unsafe-eval' lets sql.js compile its wasm.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}

/** A predicate saying whether a URL belongs to the app (its scheme and host). */
export function appUrlMatcher(appBaseUrl: string): (url: string) => boolean {
  const base = new URL(appBaseUrl);
  return (url) => {
    try {
      const candidate = new URL(url);
      return candidate.protocol === base.protocol && candidate.host === base.host;
    } catch {
      return false;
    }
  };
}

type GuardedWebContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/** Deny new windows, navigation or redirects away from the app, and <webview> tags. */
export function applyWindowSecurity(contents: GuardedWebContents, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** `headers` with the app CSP replacing any Content-Security-Policy already there. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/** Requests a production app may make: its own pages and assets, data: and blob: URLs, devtools. */
export function isAllowedRequest(url: string, isAppUrl: (url: string) => boolean): boolean {
  return isAppUrl(url) || /^(data|blob|devtools):/.test(url);
}

type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived' | 'onBeforeRequest'>;
};

export function applySessionSecurity(session: GuardedSession, options: { isAppUrl: (url: string) => boolean; production: boolean }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (!options.production) return; // the dev server needs its inline HMR scripts and websocket
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, options.isAppUrl) }));
  session.webRequest.onHeadersReceived((details, callback) => callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }));
}
