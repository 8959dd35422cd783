/**
 * Benchmark input: an OptionOmega-format trade log of N trades, made by resampling the rows
 * of the real EMA sample (seeded, so every run measures the same file). Trades are spread
 * forward in time from START_DATE over at most MAX_BUSINESS_DAYS business days (so every
 * date stays inside the import's plausible horizon, 1970 to a year after today):
 * TRADES_PER_DAY a day, more when N needs it (1,000,000 trades → 80 a day); each keeps its
 * sampled row's open→close gap, and `Funds at Close` is the running equity.
 */
import { readFileSync } from 'node:fs';
import { Xoshiro128 } from '../../core/random';

const SAMPLE = new URL('../fixtures/optionomega/ema-tradelog.csv', import.meta.url);
const TRADES_PER_DAY = 8;
const START_DATE = '1977-01-03'; // a Monday
const MAX_BUSINESS_DAYS = 12_500; // 1977-01-03 + 12,500 business days ≈ November 2024
const START_EQUITY = 100_000;
const DAY_MS = 86_400_000;

/** Splits one CSV line of the sample (quoted fields without embedded quotes or newlines). */
function splitLine(line: string): string[] {
  return line.match(/("[^"]*"|[^,]*)(,|$)/g)!.slice(0, -1).map((cell) => cell.replace(/,$/, ''));
}

function unquote(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1) : cell;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Business day `index` counted from `startMs` (a weekday), as epoch milliseconds. */
function businessDay(startMs: number, index: number): number {
  const startWeekday = new Date(startMs).getUTCDay() - 1; // Monday = 0
  const total = startWeekday + index;
  return startMs + ((Math.floor(total / 5) * 7 + (total % 5)) - startWeekday) * DAY_MS;
}

/** The synthetic trade log as UTF-8 bytes (with the sample's BOM and header). */
export function syntheticTradeLog(trades: number, seed = 20251008): Uint8Array {
  const lines = readFileSync(SAMPLE, 'utf8').split(/\r?\n/).filter((line) => line.length > 0);
  const header = splitLine(lines[0].replace(/^\uFEFF/, '')).map(unquote);
  const column = (name: string) => header.indexOf(name);
  const [opened, closed, pl, funds] = ['Date Opened', 'Date Closed', 'P/L', 'Funds at Close'].map(column);
  const rows = lines.slice(1).map(splitLine);
  const firstMs = Date.parse(START_DATE);
  const perDay = Math.max(TRADES_PER_DAY, Math.ceil(trades / MAX_BUSINESS_DAYS));

  const random = new Xoshiro128(seed);
  const out: string[] = [lines[0]];
  let equity = START_EQUITY;
  for (let i = 0; i < trades; i++) {
    const cells = rows[random.nextUint32() % rows.length].slice();
    const gapMs = Date.parse(unquote(cells[closed])) - Date.parse(unquote(cells[opened]));
    const openMs = businessDay(firstMs, Math.floor(i / perDay));
    equity += Number(cells[pl]);
    cells[opened] = `"${isoDate(openMs)}"`;
    cells[closed] = `"${isoDate(openMs + gapMs)}"`;
    cells[funds] = String(equity);
    out.push(cells.join(','));
  }
  return new TextEncoder().encode(out.join('\n') + '\n');
}
