// `npm start` without the Electron binary (forced here with SIZEWISE_START=browser, the path
// taken when require('electron') throws or names a missing file): one clear line, then the
// app served by Vite with the browser platform. Chromium (/usr/bin/chromium) loads the page
// and sees the app (its title and the Pages navigation); the server is then stopped.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli';

const CHROMIUM = '/usr/bin/chromium';
let server: ChildProcess | undefined;

afterAll(() => {
  // The server was started in its own process group: end that group (Vite and its children).
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

/** Starts scripts/start.mjs; resolves with everything printed up to the local URL. */
function startFallback(): Promise<{ output: string; url: string }> {
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, [join(repoRoot, 'scripts', 'start.mjs')], {
      cwd: repoRoot,
      env: { ...process.env, SIZEWISE_START: 'browser', BROWSER: 'none', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local:\s+(?:\S*?)(http:\/\/\S+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      if (url) resolve({ output, url });
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.on('exit', (code) => reject(new Error(`start.mjs exited (${code}) before serving:\n${output}`)));
  });
}

describe('npm start without the Electron binary', () => {
  it.skipIf(!existsSync(CHROMIUM))('says so in one line and serves the app in the browser', async () => {
    const { output, url } = await startFallback();
    const lines = output.split('\n');
    expect(lines[0]).toBe(
      'sizewise: SIZEWISE_START=browser — serving the app in your browser instead (the same app, browser platform; files open and save through the browser).',
    );
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      await page.getByRole('navigation', { name: 'Pages' }).waitFor({ timeout: 80_000 });
      expect(await page.title()).toMatch(/^Sizewise/); // "Sizewise — EMA sample": the app opened its bundled sample
    } finally {
      await browser.close();
    }
  }, 120_000);
});
