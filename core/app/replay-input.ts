/**
 * Use case: what the Replay page replays — the filtered trades prepared for core/replay
 * (business-day calendar, SPEC order, per-trade arrays) and the log's starting capital
 * (SPEC §2, from the closed trades), used where a scenario leaves the capital empty.
 */
import type { Trade } from '../model';
import { prepareReplayInput, type ReplayInput } from '../replay';
import { resolveStartingCapital } from '../stats';

export interface PreparedReplay {
  input: ReplayInput;
  logCapital: number;
}

export function prepareReplay(trades: Trade[]): PreparedReplay {
  const closed = trades.filter((t) => t.dateClosed !== null);
  return { input: prepareReplayInput(trades), logCapital: resolveStartingCapital(closed).value };
}
