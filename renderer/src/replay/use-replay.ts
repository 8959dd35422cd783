/**
 * Runs the compared scenarios in the replay worker whenever a scenario or the trades
 * change. Requests are coalesced rather than debounced: while one replay is in flight the
 * newest request waits and older ones are dropped, so dragging a slider shows fresh curves
 * as fast as the worker answers. The time from a change to its results is kept for the UI
 * (and the end-to-end test) to read.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Trade } from '../../../core/model';
import { prepareReplayInput, type ReplayInput, type ReplayScenario, type ScenarioResult } from '../../../core/replay';
import { resolveStartingCapital } from '../../../core/stats';
import { replayPool } from './replay-pool';
import { toReplayScenario, type ScenarioDraft } from './scenario-model';

export interface ReplayEntry {
  draft: ScenarioDraft;
  result: ScenarioResult;
}

export interface ReplayState {
  input: ReplayInput | null;
  /** The log's starting capital (SPEC §2), used where a scenario leaves it empty. */
  logCapital: number;
  /** Results of the valid scenarios, in working-set order. */
  entries: ReplayEntry[];
  /** Problems of scenarios that cannot run, by scenario id. */
  problems: Record<string, string[]>;
  running: boolean;
  error: string | null;
  /** Milliseconds from the last change to its results (worker round trip included). */
  updateMs: number | null;
}

interface Request {
  input: ReplayInput;
  drafts: ScenarioDraft[];
  scenarios: ReplayScenario[];
  requestedAt: number;
  generation: number;
}

let generations = 0;

export function useReplay(trades: Trade[] | null, drafts: ScenarioDraft[]): ReplayState {
  const prepared = useMemo(() => {
    if (!trades) return null;
    const closed = trades.filter((t) => t.dateClosed !== null);
    return { input: prepareReplayInput(trades), logCapital: resolveStartingCapital(closed).value };
  }, [trades]);
  const logCapital = prepared?.logCapital ?? 0;

  const checked = useMemo(() => {
    const problems: Record<string, string[]> = {};
    const runnable: { draft: ScenarioDraft; scenario: ReplayScenario }[] = [];
    for (const draft of drafts) {
      const outcome = toReplayScenario(draft, logCapital);
      if (outcome.ok) runnable.push({ draft, scenario: outcome.scenario });
      else problems[draft.id] = outcome.problems;
    }
    return { problems, runnable };
  }, [drafts, logCapital]);

  const [results, setResults] = useState<{ entries: ReplayEntry[]; updateMs: number | null; error: string | null }>({ entries: [], updateMs: null, error: null });
  const [running, setRunning] = useState(false);
  const inFlight = useRef(false);
  const queued = useRef<Request | null>(null);
  const alive = useRef(true);
  /** Requests older than this one are not shown (set when the compared set becomes empty). */
  const shownFrom = useRef(0);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (!prepared) return;
    const request: Request = {
      input: prepared.input,
      drafts: checked.runnable.map((r) => r.draft),
      scenarios: checked.runnable.map((r) => r.scenario),
      requestedAt: performance.now(),
      generation: ++generations,
    };
    const run = (next: Request): void => {
      inFlight.current = true;
      setRunning(true);
      replayPool()
        .runReplay(next.input, next.scenarios)
        .then((outcome) => {
          inFlight.current = false;
          if (!alive.current) return;
          const newer = queued.current;
          queued.current = null;
          // A request made before the compared set was emptied has nothing to show.
          const stale = next.generation < shownFrom.current;
          if (!stale && outcome.ok) {
            const entries = outcome.value.map((result, k) => ({ draft: next.drafts[k], result }));
            setResults({ entries, updateMs: performance.now() - next.requestedAt, error: null });
          } else if (!stale && !outcome.ok && outcome.code !== 'cancelled') {
            setResults((previous) => ({ ...previous, error: outcome.message }));
          }
          if (newer) run(newer);
          else setRunning(false);
        });
    };
    if (request.scenarios.length === 0) {
      queued.current = null;
      shownFrom.current = request.generation;
      setResults({ entries: [], updateMs: null, error: null });
      return;
    }
    if (inFlight.current) queued.current = request;
    else run(request);
  }, [prepared, checked]);

  return { input: prepared?.input ?? null, logCapital, entries: results.entries, problems: checked.problems, running, error: results.error, updateMs: results.updateMs };
}
