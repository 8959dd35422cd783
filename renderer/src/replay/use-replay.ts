/**
 * Runs the compared scenarios whenever a scenario, the filter or the workspace changes: the
 * data worker prepares the filtered trades (core/app prepareReplay) and replays them on its
 * replay worker; this hook sends the filter and the scenarios and receives the results (no
 * trade reaches the UI thread). Requests are coalesced rather than debounced: while one replay is in flight the
 * newest request waits and older ones are dropped, so dragging a slider shows fresh curves
 * as fast as the worker answers. The time from a change to its results is kept for the UI
 * (and the end-to-end test) to read.
 */
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { ReplayScenario, ScenarioResult } from '../../../core/replay';
import type { TradeFilter } from '../../../core/stats/types';
import type { DataClient } from '../data/data-client';
import { toReplayScenario, type ScenarioDraft } from './scenario-model';

export interface ReplayEntry {
  draft: ScenarioDraft;
  result: ScenarioResult;
}

/** The replayed trades as the page shows them: business days (chart axis) and warnings. */
export interface ReplayContextView {
  dates: string[];
  warnings: string[];
}

export interface ReplayState {
  input: ReplayContextView | null;
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
  filter: TradeFilter;
  drafts: ScenarioDraft[];
  scenarios: ReplayScenario[];
  requestedAt: number;
  generation: number;
}

let generations = 0;

export function useReplay(data: DataClient, filter: TradeFilter, revision: number, enabled: boolean, drafts: ScenarioDraft[]): ReplayState {
  const [prepared, setPrepared] = useState<{ filter: TradeFilter; input: ReplayContextView; logCapital: number } | null>(null);
  const [contextError, setContextError] = useState<string | null>(null);
  const contextRequest = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const id = ++contextRequest.current;
    data.replayContext(filter).then(
      (context) => {
        if (id !== contextRequest.current) return;
        if (context.ok) {
          setPrepared({ filter, input: { dates: context.dates, warnings: context.warnings }, logCapital: context.logCapital });
          setContextError(null);
        } else {
          setPrepared(null);
          setContextError(context.message);
        }
      },
      (error: unknown) => {
        if (id === contextRequest.current) setContextError(error instanceof Error ? error.message : String(error));
      },
    );
  }, [data, filter, revision, enabled]);
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
      filter: prepared.filter,
      drafts: checked.runnable.map((r) => r.draft),
      scenarios: checked.runnable.map((r) => r.scenario),
      requestedAt: performance.now(),
      generation: ++generations,
    };
    const run = (next: Request): void => {
      inFlight.current = true;
      setRunning(true);
      data
        .runReplay(next.filter, next.scenarios)
        .then((outcome) => {
          inFlight.current = false;
          if (!alive.current) return;
          const newer = queued.current;
          queued.current = null;
          // A request made before the compared set was emptied has nothing to show.
          const stale = next.generation < shownFrom.current;
          // New results re-render the whole page (table, three charts' options): as a transition
          // React renders it in slices that yield to input, not as one long UI-thread task.
          startTransition(() => {
            if (!stale && outcome.ok) {
              const entries = outcome.value.map((result, k) => ({ draft: next.drafts[k], result }));
              setResults({ entries, updateMs: performance.now() - next.requestedAt, error: null });
            } else if (!stale && !outcome.ok && outcome.code !== 'cancelled') {
              setResults((previous) => ({ ...previous, error: outcome.message }));
            }
            if (!newer) setRunning(false);
          });
          if (newer) run(newer);
        }, (error: unknown) => {
          inFlight.current = false;
          if (!alive.current) return;
          setResults((previous) => ({ ...previous, error: error instanceof Error ? error.message : String(error) }));
          setRunning(false);
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
  }, [data, prepared, checked]);

  return { input: prepared?.input ?? null, logCapital, entries: results.entries, problems: checked.problems, running, error: contextError ?? results.error, updateMs: results.updateMs };
}
