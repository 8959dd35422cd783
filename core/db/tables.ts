/**
 * Column lists of the imported-row tables (trades, daily_log, reporting_trades, bets).
 * The DDL in schema.ts must name the same columns; test/unit/db checks that every field
 * of every record survives a write and a read unchanged.
 */
import type { DailyLogRow, ReportingTrade, SettledBet, Trade } from '../model';
import { recordTable } from './record-table';

export const tradesTable = recordTable<Trade>('trades', {
  strategy: 'strategy',
  symbol: 'symbol',
  dateOpened: 'date_opened',
  timeOpened: 'time_opened',
  dateClosed: 'date_closed',
  timeClosed: 'time_closed',
  contracts: 'contracts',
  pl: 'pl',
  fees: 'fees',
  premium: 'premium',
  marginReq: 'margin_req',
  fundsAtClose: 'funds_at_close',
  maxLossPct: 'max_loss_pct',
  maxProfitPct: 'max_profit_pct',
  openingPrice: 'opening_price',
  closingPrice: 'closing_price',
  legs: 'legs',
  reasonForClose: 'reason_for_close',
  openingVix: 'opening_vix',
});

export const dailyTable = recordTable<DailyLogRow>('daily_log', {
  date: 'date',
  netLiquidity: 'net_liquidity',
  currentFunds: 'current_funds',
  withdrawn: 'withdrawn',
  tradingFunds: 'trading_funds',
  pl: 'pl',
  plPct: 'pl_pct',
  drawdownPct: 'drawdown_pct',
});

export const reportingTable = recordTable<ReportingTrade>('reporting_trades', {
  strategy: 'strategy',
  dateOpened: 'date_opened',
  timeOpened: 'time_opened',
  openingPrice: 'opening_price',
  legs: 'legs',
  initialPremium: 'initial_premium',
  contracts: 'contracts',
  pl: 'pl',
  closingPrice: 'closing_price',
  dateClosed: 'date_closed',
  timeClosed: 'time_closed',
  avgClosingCost: 'avg_closing_cost',
  reasonForClose: 'reason_for_close',
});

export const betsTable = recordTable<SettledBet>('bets', {
  date: 'date',
  group: 'group_name',
  market: 'market',
  side: 'side',
  pModel: 'p_model',
  price: 'price',
  contracts: 'contracts',
  fees: 'fees',
  outcome: 'outcome',
  pl: 'pl',
  forecastError: 'forecast_error',
});
