// The UI thread stays responsive on a 4,000-trade-class workload (the 19-strategy log,
// 4,034 trades): PerformanceObserver('longtask') entries are recorded while the log is
// imported, while Replay scenarios are edited and during a 20,000-path Monte Carlo; none
// may exceed 100 ms (the RAIL budget for a response). The longest of each phase is printed.
//
// KNOWN FAILURE, marked `it.fails` so the suite stays honest: no core computation runs on the
// UI thread (test/unit/app/renderer-imports.test.ts), each chart now draws in a task of its
// own (renderer/src/components/chart-scheduler.ts), long lines are LTTB-sampled and Monte
// Carlo progress re-renders at most once per frame. At load 10–13 on 2 cores the longest tasks
// are still 200–650 ms wall; a trace (LONGTASK_TRACE) shows 8 of 9 tasks over 100 ms use
// ≤ 55 ms of CPU (waiting for a core), and one real 112 ms-CPU task remains (a mouseout
// dispatch re-rendering the Replay page) — see docs/performance.md. When this passes, vitest
// reports the `.fails` as a failure: remove `.fails` then. LONGTASK_PROFILE=<file> writes a CPU
// profile of the phases, LONGTASK_TRACE=<file> a trace and the tasks' wall/CPU times.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoErrors, importThroughToolbar, openApp, repoFile, startNewWorkspace, waitForOverview, type AppSession } from './app';

const BUDGET_MS = 100;
let app: AppSession;

beforeAll(async () => {
  app = await openApp({
    beforeLoad: async (page) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __longtasks: { phase: string; duration: number; start: number }[]; __phase: string };
        w.__longtasks = [];
        w.__phase = 'load';
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longtasks.push({ phase: w.__phase, duration: entry.duration, start: entry.startTime + performance.timeOrigin });
        }).observe({ type: 'longtask', buffered: true });
      });
    },
  });
});
afterAll(() => app.close());

async function phase(name: string): Promise<void> {
  await app.page.evaluate((next) => {
    (window as unknown as { __phase: string }).__phase = next;
  }, name);
}

it.fails('has no long task over 100 ms during import, replay edits and a 20,000-path Monte Carlo', async () => {
  const { page } = app;
  await waitForOverview(page);
  await startNewWorkspace(page);

  // LONGTASK_PROFILE=/tmp/x.cpuprofile: a CDP CPU profile of the measured phases, to find the culprits.
  const profilePath = process.env.LONGTASK_PROFILE;
  const cdp = profilePath ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  // LONGTASK_TRACE=/tmp/x.json: a Chromium trace of the measured phases; the UI thread's tasks
  // over the budget are printed with their thread CPU time (tdur) beside the wall time (dur),
  // which tells a slow task from one that waited for a core on a loaded machine.
  const tracePath = process.env.LONGTASK_TRACE;
  const browser = page.context().browser();
  if (tracePath && browser) await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await phase('import');
  await importThroughToolbar(page, [repoFile('test/fixtures/optionomega/nineteen-strategies.csv')]);
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor({ timeout: 30_000 });
  expect(await dialog.getByTestId('preview-facts').innerText()).toContain('4,034');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForOverview(page);

  await phase('replay');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Replay' }).click();
  const rows = page.locator('[data-testid="replay-metrics"] tbody tr[data-scenario]');
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1);
  await page.getByRole('button', { name: '+ 1 contract' }).click();
  await page.getByRole('button', { name: '+ Half Kelly' }).click();
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
  for (const value of ['0.25', '0.4', '0.75', '1']) {
    await page.evaluate((v) => {
      const slider = document.querySelector<HTMLInputElement>('[data-testid="rule-slider"]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(slider, v);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
    await page.waitForTimeout(300);
  }
  await page.locator('[data-testid="replay"][aria-busy="false"]').waitFor({ timeout: 30_000 });

  await phase('montecarlo');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Risk' }).click();
  await page.getByTestId('risk').waitFor();
  await page.getByTestId('paths').fill('20000');
  const run = page.getByRole('button', { name: 'Run simulation' });
  await expect.poll(() => run.isEnabled()).toBe(true);
  await run.click();
  await page.locator('[data-testid="risk"][data-phase="done"]').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);

  if (cdp && profilePath) {
    const { profile } = await cdp.send('Profiler.stop');
    (await import('node:fs')).writeFileSync(profilePath, JSON.stringify(profile));
  }
  if (tracePath && browser) {
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }[] };
    const main = trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
    const long = trace.traceEvents.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.includes(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > BUDGET_MS * 1000);
    console.log(`UI-thread tasks over ${BUDGET_MS} ms wall: ${long.length}; wall/CPU ms: ${long.map((e) => `${((e.dur ?? 0) / 1000).toFixed(0)}/${((e.tdur ?? 0) / 1000).toFixed(0)}`).join(', ')}; longest CPU ${(Math.max(0, ...long.map((e) => e.tdur ?? 0)) / 1000).toFixed(0)} ms`);
  }
  const tasks = await page.evaluate(() => (window as unknown as { __longtasks: { phase: string; duration: number }[] }).__longtasks);
  const measured = tasks.filter((t) => t.phase !== 'load');
  for (const name of ['import', 'replay', 'montecarlo']) {
    const of = measured.filter((t) => t.phase === name).map((t) => t.duration);
    console.log(`UI-thread long tasks during ${name}: ${of.length}, longest ${of.length ? Math.max(...of).toFixed(0) : 0} ms`);
  }
  if (profilePath) (await import('node:fs')).writeFileSync(`${profilePath}.tasks.json`, JSON.stringify(measured));
  const longest = measured.reduce((m, t) => Math.max(m, t.duration), 0);
  console.log(`Longest UI-thread task (import, replay edits, 20,000-path Monte Carlo): ${longest.toFixed(0)} ms (budget ${BUDGET_MS} ms)`);
  expect(measured.filter((t) => t.duration > BUDGET_MS)).toEqual([]);
  expectNoErrors(app);
});
