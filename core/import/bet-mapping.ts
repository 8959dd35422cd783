/**
 * Column mapping of prediction-market files: the canonical bet-log header
 * `date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error`, the
 * candidates header `group,market,side,p_model,price,available_contracts`, and exchange
 * exports (`ticker`, `yes_price`/`no_price`, `count`, `result`, `profit`, `settled_time`…)
 * guessed by the same machinery as the generic trade CSV (guessColumns: case, spaces and
 * punctuation ignored; each column serves one field; a field takes its earliest synonym).
 * A confirmed mapping is remembered under `headerSignature`, like the trade CSV's.
 */
import type { BetColumnMapping, BetField } from '../model';
import { guessColumns } from './generic-mapping';

const SYNONYMS: [BetField, string[]][] = [
  ['date', ['date', 'settlementdate', 'settleddate', 'settledate', 'settledtime', 'settlementtime', 'settled', 'resolutiondate', 'expirationdate', 'closedate', 'day', 'tradedate', 'createdtime', 'datetime', 'timestamp']],
  ['group', ['group', 'city', 'series', 'seriesticker', 'event', 'eventticker', 'category', 'location', 'station', 'strategy']],
  ['market', ['market', 'ticker', 'marketticker', 'contract', 'symbol', 'bucket', 'title', 'markettitle']],
  ['side', ['side', 'position', 'yesno', 'direction']],
  ['pModel', ['pmodel', 'modelp', 'modelprobability', 'modelprob', 'probability', 'prob', 'p', 'forecastprobability', 'fairvalue', 'fair']],
  ['price', ['price', 'entryprice', 'avgprice', 'averageprice', 'fillprice', 'pricepaid', 'pricepercontract', 'cost']],
  ['yesPrice', ['yesprice', 'yesask', 'yes']],
  ['noPrice', ['noprice', 'noask', 'no']],
  ['contracts', ['contracts', 'count', 'quantity', 'qty', 'size', 'shares', 'numberofcontracts']],
  ['fees', ['fees', 'fee', 'feepercontract', 'feespaid', 'feecost', 'commission', 'commissions', 'totalfees']],
  ['outcome', ['outcome', 'won', 'win', 'hit', 'result', 'marketresult', 'settlement', 'resolution']],
  ['pl', ['pl', 'pnl', 'netpl', 'netpnl', 'profit', 'profitloss', 'realizedpl', 'realizedpnl', 'realisedpl', 'realisedpnl']],
  ['forecastError', ['forecasterror', 'error', 'abserror', 'absoluteerror', 'forecastdelta']],
  ['availableContracts', ['availablecontracts', 'available', 'depth', 'sizeavailable', 'maxcontracts', 'liquidity']],
];

/** The bet-file mapping guessed from header names; fields without a matching column are left out. */
export function guessBetMapping(headers: string[]): BetColumnMapping {
  return guessColumns(headers, SYNONYMS);
}
