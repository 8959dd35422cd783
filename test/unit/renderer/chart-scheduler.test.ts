// Issue 9 item 1: charts draw one per task (a page's commit and its charts are no longer one
// long task), the newest option of a chart replaces a queued older one, an unmounted chart's
// work is dropped. Expected orders written by hand.
import { expect, it } from 'vitest';
import { cancelChartWork, scheduleChartWork } from '../../../renderer/src/components/chart-scheduler';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

it('runs one chart per task, newest option wins, cancelled work is dropped', async () => {
  const log: string[] = [];
  const a = {};
  const b = {};
  const c = {};
  scheduleChartWork(a, 'option', () => log.push('a1'));
  scheduleChartWork(b, 'option', () => log.push('b1'));
  scheduleChartWork(a, 'option', () => {
    log.push('a2');
    queueMicrotask(() => log.push('micro'));
  });
  scheduleChartWork(c, 'resize', () => log.push('c-resize'));
  cancelChartWork(c);
  expect(log).toEqual([]);
  // Separate tasks: a microtask queued by the first chart runs before the second chart draws.
  for (let i = 0; i < 10 && log.length < 3; i++) await nextTask();
  expect(log).toEqual(['a2', 'micro', 'b1']);
});
