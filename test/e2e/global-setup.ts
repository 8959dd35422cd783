/**
 * Global setup of the end-to-end run: serves dist-web/ and starts one Chromium
 * (/usr/bin/chromium, never a downloaded browser) as a playwright server that the test
 * files connect to.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    browserEndpoint: string;
  }
}

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** The built web app; SIZEWISE_E2E_DIST_WEB points at a private build (the shared tree's dist-web/ is rebuilt by others). */
const distWeb = process.env.SIZEWISE_E2E_DIST_WEB ?? fileURLToPath(new URL('../../dist-web', import.meta.url));

export default async function setup(project: TestProject) {
  if (!existsSync(`${distWeb}/index.html`)) throw new Error('dist-web/ is missing: run `npm run build:web` first (npm run test:e2e does).');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install -y chromium).`);
  const server = await serveDirectory(distWeb);
  const browser = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  });
  project.provide('appUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
