/**
 * One trade of either log, reduced to what the comparison reads: strategy, open date and
 * second of the day, contracts, P/L per contract, premium per contract (dollars), position
 * shape and exit reason. Backtest trades come from the trade log (`Trade`), live trades from
 * the reporting log (`ReportingTrade`); `index` points back into the caller's array.
 */
import type { ReportingTrade, Trade } from '../model';
import { secondsOfDay } from '../replay/calendar';
import { legShape } from './leg-shape';
import { livePremiumPerContract } from './live-premium';

export interface TradeSide {
  index: number;
  strategy: string;
  date: string;
  /** Seconds since midnight of the open; null when the log has no time. */
  seconds: number | null;
  /** `YYYY-MM-DDTHH:MM:SS`, or the date alone without a time. */
  opened: string;
  contracts: number;
  /** False while the trade is open: its P/L is not final. */
  closed: boolean;
  pl: number;
  plPerContract: number;
  premiumPerContract: number | null;
  shape: string | null;
  /** Exit reason as written (trimmed), '' when unknown. */
  reason: string;
}

function openSeconds(time: string): number | null {
  const s = secondsOfDay(time, Number.NaN);
  return Number.isFinite(s) ? s : null;
}

/** A log repeats few distinct times and leg texts' shapes: parse each once per call. */
function memo<T>(parse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) cache.set(text, (value = parse(text)));
    return value as T;
  };
}

interface Parsers {
  seconds: (time: string) => number | null;
  shape: (legs: string) => string | null;
}

const parsers = (): Parsers => ({ seconds: memo(openSeconds), shape: memo(legShape) });

function side(p: Parsers, index: number, strategy: string, date: string, time: string, contracts: number, closed: boolean, pl: number, premium: number | null, legs: string, reason: string): TradeSide {
  const seconds = p.seconds(time);
  return {
    index,
    strategy,
    date,
    seconds,
    opened: seconds === null ? date : `${date}T${time}`,
    contracts,
    closed,
    pl,
    plPerContract: pl / contracts,
    premiumPerContract: premium,
    shape: p.shape(legs),
    reason: reason.trim(),
  };
}

export function backtestSides(trades: readonly Trade[]): TradeSide[] {
  const p = parsers();
  return trades.map((t, index) => side(p, index, t.strategy, t.dateOpened, t.timeOpened, t.contracts, t.dateClosed !== null, t.pl, t.premium, t.legs, t.reasonForClose));
}

export function liveSides(trades: readonly ReportingTrade[]): TradeSide[] {
  const p = parsers();
  return trades.map((t, index) => side(p, index, t.strategy, t.dateOpened, t.timeOpened, t.contracts, t.dateClosed !== null, t.pl, livePremiumPerContract(t.initialPremium), t.legs, t.reasonForClose));
}
