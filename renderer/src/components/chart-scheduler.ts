/**
 * Runs chart drawing one chart per task: work is queued per owner (a chart), the latest work of
 * an owner replaces its earlier one (only the last option is drawn), and each piece runs in a
 * task of its own (a MessageChannel message: no 4 ms timer clamp, and the browser may paint and
 * handle input between charts). Without it a page's commit and all its charts' setOption calls
 * run in one long task.
 */

type Work = { kind: 'option' | 'resize'; run: () => void };

const queue = new Map<object, Work[]>();
let channel: MessageChannel | null = null;
let posted = false;

function runOne(): void {
  posted = false;
  const first = queue.entries().next();
  if (first.done) return;
  const [owner, works] = first.value;
  const work = works.shift();
  if (works.length === 0) queue.delete(owner);
  if (queue.size > 0) post();
  work?.run();
}

function post(): void {
  if (posted) return;
  posted = true;
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runOne;
  }
  channel.port2.postMessage(null);
}

/** Queues `run` for `owner`; a queued work of the same kind is replaced (the newest option wins, one resize is enough). */
export function scheduleChartWork(owner: object, kind: Work['kind'], run: () => void): void {
  const works = (queue.get(owner) ?? []).filter((w) => w.kind !== kind);
  works.push({ kind, run });
  queue.set(owner, works);
  post();
}

/** Drops an owner's queued work (the chart is unmounted). */
export function cancelChartWork(owner: object): void {
  queue.delete(owner);
}
