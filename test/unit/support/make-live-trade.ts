/**
 * Builds synthetic live fills (OptionOmega reporting-log records) for the unit tests, next to
 * make-trade.ts for backtest trades: one contract, a 2.50 credit, closed the day it opened,
 * P/L 0; `overrides` replace any field (dateClosed follows dateOpened unless given).
 */
import type { ReportingTrade } from '../../../core/model';

export function makeLiveTrade(overrides: Partial<ReportingTrade> = {}): ReportingTrade {
  const dateOpened = overrides.dateOpened ?? '2025-01-06';
  return {
    strategy: 'S',
    dateOpened,
    timeOpened: '10:00:00',
    openingPrice: null,
    legs: '',
    initialPremium: 2.5,
    contracts: 1,
    pl: 0,
    closingPrice: null,
    dateClosed: dateOpened,
    timeClosed: '15:00:00',
    avgClosingCost: null,
    reasonForClose: '',
    ...overrides,
  };
}
