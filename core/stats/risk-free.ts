/**
 * The risk-free rate of Sharpe and Sortino (SPEC-metrics §2): a fixed annual rate (decimal,
 * default 0) or historical — each day's 3-month Treasury bill rate (FRED DTB3, annual
 * percent, bundled as resources/dtb3.csv). A day without a quote takes the last earlier
 * quote; days before the series take its first quote, days after it its last, and the rate
 * is then stale from the day after the last quote. rf_d = rate / 100 / 252 for that day.
 * The CSV text is parsed here (pure); reading the file is the caller's (CLI, data worker).
 */
import { type RiskFree, TRADING_DAYS_PER_YEAR } from './returns-metrics';

export interface RateQuote {
  /** ISO date. */
  date: string;
  /** Annual rate in percent, as DTB3 quotes it (4.3 = 4.3%). */
  percent: number;
}

export interface RateSeries {
  name: 'DTB3';
  /** Quotes in date order, at least one. */
  quotes: RateQuote[];
}

/** How Sharpe and Sortino were measured: reported with them (CLI `conventions.riskFree`, report footnote). */
export type RiskFreeUsed =
  | { kind: 'fixed'; annualRate: number }
  | { kind: 'historical'; series: 'DTB3'; through: string; staleFrom: string | null };

/** Parses a FRED DTB3 CSV (`DATE,DTB3` or `observation_date,DTB3`; `.` or empty = no quote). Throws naming the row on a bad line. */
export function parseDtb3(text: string): RateSeries {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const quotes: RateQuote[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const [date, value] = line.split(',');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw new Error(`DTB3 series row ${i + 1}, column 1: "${date}" is not a YYYY-MM-DD date.`);
    if (value === undefined || value.trim() === '' || value.trim() === '.') continue;
    const percent = Number(value);
    if (!Number.isFinite(percent) || percent < -5 || percent > 30) throw new Error(`DTB3 series row ${i + 1}, column 2: "${value}" is not a rate in percent.`);
    quotes.push({ date, percent });
  }
  if (quotes.length === 0) throw new Error('The DTB3 series has no quotes.');
  quotes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { name: 'DTB3', quotes };
}

/** Daily rates rf_d for `dates` (ascending ISO dates) from the series, and what to report about them. */
export function historicalDailyRates(series: RateSeries, dates: readonly string[]): { daily: number[]; used: RiskFreeUsed } {
  const { quotes } = series;
  const through = quotes[quotes.length - 1].date;
  let k = 0;
  let stale: string | null = null;
  const daily = dates.map((date) => {
    while (k + 1 < quotes.length && quotes[k + 1].date <= date) k++;
    if (date > through && stale === null) stale = date;
    return quotes[k].percent / 100 / TRADING_DAYS_PER_YEAR;
  });
  return { daily, used: { kind: 'historical', series: 'DTB3', through, staleFrom: stale } };
}

/**
 * The rates rf for returns dated `dates` and what to report about them: a fixed annual rate
 * (decimal) as is, or a historical series as one daily rate per date. The one place a
 * risk-free choice becomes the rates of Sharpe, Sortino, realism and Replay.
 */
export function riskFreeForDates(riskFree: number | RateSeries, dates: readonly string[]): { rf: RiskFree; used: RiskFreeUsed } {
  if (typeof riskFree === 'number') return { rf: riskFree, used: { kind: 'fixed', annualRate: riskFree } };
  const { daily, used } = historicalDailyRates(riskFree, dates);
  return { rf: daily, used };
}
