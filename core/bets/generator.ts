/**
 * A seeded generator of realistic prediction-market bet logs (issue 12: no public sample
 * exists). The trader bets on daily high-temperature buckets in several cities; contracts
 * pay $1 when the day's high lands in the bucket (YES) or outside it (NO).
 *
 * Per city and day (one xoshiro128** stream per city, so a city's bets do not depend on the
 * others): the true high T; the model's forecast F = T + bias + errorSd·Z, and the model
 * believes T ~ N(F, modelSd) (calibrated when bias = 0 and modelSd = errorSd); the market's
 * forecast M = T + marketSd·Z' with the market believing T ~ N(M, marketSd) (calibrated).
 * Buckets are 2 °F wide around F. YES costs the market's probability + 1¢ (the spread), NO
 * 1 − it + 1¢, in whole cents 1–99; the Kalshi-style fee is ⌈0.07·C·P·(1 − P)⌉ cents. The
 * model bets (on a day it trades, with probability betDayProbability) the up to maxBetsPerDay
 * buckets whose edge p − price − fee exceeds minEdge, quarter Kelly on a $1,000 bankroll,
 * 1–100 contracts. forecast_error = |F − T| to 0.1 °F; pl = C·(outcome − price) − fees.
 * Selecting bets where the model disagrees with the market is what real bettors do, so even
 * a calibrated model's selected bets are somewhat over-confident (the winner's curse).
 *
 * The default cities: New York, Chicago and Los Angeles calibrated with an edge over the
 * market, Austin calibrated without one (its market is as good), Miami calibrated and then,
 * over the last 24 days, with a larger error and a warm bias the model does not know about,
 * and Denver with a large edge but few bets. The candidates are the next day's bets.
 */
import type { BetCandidate, BetSide, SettledBet } from '../model';
import { normalCdf } from '../realism/normal';
import { Xoshiro128 } from '../random/xoshiro128';

export interface GeneratorCity {
  name: string;
  /** Ticker code, e.g. NY → KXHIGHNY-25MAR01-B47. */
  code: string;
  errorSd: number;
  bias: number;
  modelSd: number;
  marketSd: number;
  betDayProbability: number;
  maxBetsPerDay: number;
  /** Over the last `lastDays` settled days the model's error sd and bias change to these. */
  degrade?: { lastDays: number; errorSd: number; bias: number };
}

export interface GeneratorOptions {
  seed?: number;
  /** Settled days (default 120). */
  days?: number;
  /** First settled day (default 2025-03-01). */
  start?: string;
  cities?: GeneratorCity[];
  /** Edge after fees a bet needs (default 0.03). */
  minEdge?: number;
}

export interface GeneratedBets {
  bets: SettledBet[];
  candidates: BetCandidate[];
  cities: GeneratorCity[];
  /** The candidates' day (the day after the last settled one). */
  candidateDate: string;
}

export const DEFAULT_CITIES: GeneratorCity[] = [
  { name: 'New York', code: 'NY', errorSd: 1.6, bias: 0, modelSd: 1.6, marketSd: 2.2, betDayProbability: 0.9, maxBetsPerDay: 3 },
  { name: 'Chicago', code: 'CHI', errorSd: 2.0, bias: 0, modelSd: 2.0, marketSd: 2.5, betDayProbability: 0.9, maxBetsPerDay: 3 },
  { name: 'Los Angeles', code: 'LAX', errorSd: 1.2, bias: 0, modelSd: 1.2, marketSd: 1.6, betDayProbability: 0.85, maxBetsPerDay: 2 },
  { name: 'Austin', code: 'AUS', errorSd: 2.2, bias: 0, modelSd: 2.2, marketSd: 2.2, betDayProbability: 0.8, maxBetsPerDay: 2 },
  { name: 'Miami', code: 'MIA', errorSd: 1.0, bias: 0, modelSd: 1.0, marketSd: 1.5, betDayProbability: 0.9, maxBetsPerDay: 3, degrade: { lastDays: 24, errorSd: 2.8, bias: 2.0 } },
  { name: 'Denver', code: 'DEN', errorSd: 1.1, bias: 0, modelSd: 1.1, marketSd: 3.0, betDayProbability: 0.15, maxBetsPerDay: 1 },
];

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const BANKROLL = 1000;
const KELLY = 0.25;

function addDays(iso: string, days: number): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days));
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function tickerDate(date: Date): string {
  return `${String(date.getUTCFullYear() % 100).padStart(2, '0')}${MONTHS[date.getUTCMonth()]}${String(date.getUTCDate()).padStart(2, '0')}`;
}

function gaussian(rng: Xoshiro128): number {
  const u = 1 - rng.nextFloat();
  const v = rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function bucketProbability(low: number, mean: number, sd: number): number {
  return normalCdf((low + 2 - mean) / sd) - normalCdf((low - mean) / sd);
}

function cents(x: number): number {
  return Math.min(99, Math.max(1, Math.round(x * 100)));
}

function kalshiFee(contracts: number, price: number): number {
  return Math.ceil(0.07 * contracts * price * (1 - price) * 100 - 1e-9) / 100;
}

interface Opportunity {
  market: string;
  side: BetSide;
  pModel: number;
  price: number;
  edge: number;
  wins: (t: number) => boolean;
}

/** The day's opportunities of a city with edge > minEdge, best first. */
function opportunities(rng: Xoshiro128, city: GeneratorCity, date: Date, dayFromEnd: number, minEdge: number): { list: Opportunity[]; truth: number; forecast: number } {
  const degraded = city.degrade && dayFromEnd < city.degrade.lastDays;
  const errorSd = degraded ? (city.degrade as NonNullable<GeneratorCity['degrade']>).errorSd : city.errorSd;
  const bias = degraded ? (city.degrade as NonNullable<GeneratorCity['degrade']>).bias : city.bias;
  const seasonal = 62 + 18 * Math.sin((2 * Math.PI * (date.getTime() / 86_400_000 - 100)) / 365.25);
  const truth = seasonal + 4 * gaussian(rng);
  const forecast = truth + bias + errorSd * gaussian(rng);
  const market = truth + city.marketSd * gaussian(rng);
  const centre = 2 * Math.floor(forecast / 2);
  const list: Opportunity[] = [];
  for (let low = centre - 6; low <= centre + 6; low += 2) {
    const p = bucketProbability(low, forecast, city.modelSd);
    const q = bucketProbability(low, market, city.marketSd);
    const ticker = `KXHIGH${city.code}-${tickerDate(date)}-B${low + 1}`;
    const yes = cents(q + 0.01) / 100;
    const no = cents(1 - q + 0.01) / 100;
    const inBucket = (t: number) => t >= low && t < low + 2;
    for (const [side, pModel, price, wins] of [
      ['YES', p, yes, inBucket],
      ['NO', 1 - p, no, (t: number) => !inBucket(t)],
    ] as const) {
      const edge = pModel - price - 0.07 * price * (1 - price);
      if (edge > minEdge && pModel >= 0.02 && pModel <= 0.98) list.push({ market: ticker, side, pModel: Math.round(pModel * 1e4) / 1e4, price, edge, wins });
    }
  }
  list.sort((a, b) => b.edge - a.edge);
  return { list, truth, forecast };
}

function contractsFor(o: Opportunity): number {
  const kelly = (o.pModel - o.price) / (1 - o.price);
  return Math.max(1, Math.min(100, Math.floor((KELLY * kelly * BANKROLL) / o.price)));
}

export function generateBets(options: GeneratorOptions = {}): GeneratedBets {
  const seed = options.seed ?? 12;
  const days = options.days ?? 120;
  const start = options.start ?? '2025-03-01';
  const cities = options.cities ?? DEFAULT_CITIES;
  const minEdge = options.minEdge ?? 0.03;
  const perCity: SettledBet[][] = cities.map(() => []);
  const candidates: BetCandidate[] = [];
  cities.forEach((city, c) => {
    const rng = new Xoshiro128(seed, c);
    for (let d = 0; d <= days; d++) {
      const date = addDays(start, d);
      const day = opportunities(rng, city, date, days - 1 - d, minEdge);
      const trades = rng.nextFloat() < city.betDayProbability;
      const chosen = trades ? day.list.slice(0, city.maxBetsPerDay) : [];
      if (d === days) {
        // The candidates' day: what the model would bet, with the depth available.
        for (const o of chosen) {
          candidates.push({ group: city.name, market: o.market, side: o.side, pModel: o.pModel, price: o.price, availableContracts: 5 + rng.nextIndex(196), feePerContract: null });
        }
        continue;
      }
      for (const o of chosen) {
        const contracts = contractsFor(o);
        const fees = kalshiFee(contracts, o.price);
        const outcome = o.wins(day.truth) ? 1 : 0;
        perCity[c].push({
          date: isoOf(date),
          group: city.name,
          market: o.market,
          side: o.side,
          pModel: o.pModel,
          price: o.price,
          contracts,
          fees,
          outcome,
          pl: Math.round((contracts * (outcome - o.price) - fees) * 100) / 100,
          forecastError: Math.round(Math.abs(day.forecast - day.truth) * 10) / 10,
        });
      }
    }
  });
  // One log in date order, cities in their order within a day.
  const bets: SettledBet[] = [];
  const cursors = perCity.map(() => 0);
  for (let d = 0; d < days; d++) {
    const date = isoOf(addDays(start, d));
    perCity.forEach((list, c) => {
      while (cursors[c] < list.length && list[cursors[c]].date === date) bets.push(list[cursors[c]++]);
    });
  }
  return { bets, candidates, cities, candidateDate: isoOf(addDays(start, days)) };
}

/** The canonical bet-log CSV of `bets` (header `date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error`). */
export function betLogCsv(bets: readonly SettledBet[]): string {
  const lines = ['date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error'];
  for (const b of bets) lines.push([b.date, b.group, b.market, b.side, b.pModel ?? '', b.price, b.contracts, b.fees, b.outcome, b.pl, b.forecastError ?? ''].join(','));
  return `${lines.join('\n')}\n`;
}

/** The canonical candidates CSV (header `group,market,side,p_model,price,available_contracts`). */
export function candidatesCsv(candidates: readonly BetCandidate[]): string {
  const lines = ['group,market,side,p_model,price,available_contracts'];
  for (const c of candidates) lines.push([c.group, c.market, c.side, c.pModel, c.price, c.availableContracts].join(','));
  return `${lines.join('\n')}\n`;
}
