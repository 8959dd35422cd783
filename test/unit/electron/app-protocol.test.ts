// The app:// scheme serving the built renderer: right MIME types (application/wasm for
// sql.js), the CSP on every response, 404 for missing files, 403 for anything outside.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_BASE_URL, APP_SCHEME_PRIVILEGES, appFilePath, serveAppRequest } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

let root: string;
let rendererRoot: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sizewise-protocol-'));
  rendererRoot = join(root, 'renderer');
  await mkdir(join(rendererRoot, 'assets'), { recursive: true });
  await writeFile(join(rendererRoot, 'index.html'), '<!doctype html><title>Sizewise</title>');
  await writeFile(join(rendererRoot, 'assets', 'sql-wasm-abc.wasm'), new Uint8Array([0, 0x61, 0x73, 0x6d]));
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('is app://sizewise/, a standard secure scheme that supports fetch and module loads', () => {
    expect(APP_BASE_URL).toBe('app://sizewise/');
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true });
  });

  it('serves index.html for / with the CSP header', async () => {
    const response = await serveAppRequest(rendererRoot, 'app://sizewise/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Sizewise</title>');
  });

  it('serves the sql.js wasm as application/wasm', async () => {
    const response = await serveAppRequest(rendererRoot, 'app://sizewise/assets/sql-wasm-abc.wasm');
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 0x61, 0x73, 0x6d]));
  });

  it('answers 404 for a missing file', async () => {
    const response = await serveAppRequest(rendererRoot, 'app://sizewise/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['app://sizewise/../secret.txt', 'app://sizewise/%2e%2e/secret.txt'])('keeps %s inside the renderer folder (URL dot segments collapse)', async (url) => {
    expect(appFilePath(rendererRoot, url)).toBe(join(rendererRoot, 'secret.txt'));
    expect((await serveAppRequest(rendererRoot, url)).status).toBe(404);
  });

  it.each([
    'app://sizewise/assets/..%2f..%2fsecret.txt',
    'app://sizewise/..%2fsecret.txt',
    'app://sizewise/%00index.html',
    'app://other-host/index.html',
    'https://sizewise/index.html',
  ])('refuses %s', async (url) => {
    expect(appFilePath(rendererRoot, url)).toBeNull();
    expect((await serveAppRequest(rendererRoot, url)).status).toBe(403);
  });
});
