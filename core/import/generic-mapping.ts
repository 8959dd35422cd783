/**
 * Column mapping for the generic trade CSV: the guess from header names (synonyms such as
 * "Open Date", "Ticker", "Qty", "Net P/L", "Commission", "Buying Power"), and the header
 * signature under which a confirmed mapping is remembered.
 *
 * Matching ignores case, spaces and punctuation ("Net P/L" = "net pl" = "NetPL"); `%` is
 * kept as "pct" so "P/L %" is not mistaken for "P/L". Each column serves at most one field;
 * fields are filled in the order below, each taking its best (earliest) synonym.
 */
import type { ColumnMapping, GenericField } from '../model';
import { normalizeHeader } from './cells';

const SYNONYMS: [GenericField, string[]][] = [
  ['opened', ['dateopened', 'opendate', 'opened', 'openeddate', 'entrydate', 'entrydatetime', 'entrytime', 'opendatetime', 'opentime', 'tradedate', 'date', 'datetime', 'timestamp']],
  ['closed', ['dateclosed', 'closedate', 'closed', 'closeddate', 'exitdate', 'exitdatetime', 'exittime', 'closedatetime', 'closetime']],
  ['strategy', ['strategy', 'strategyname', 'setup', 'system', 'tag']],
  ['symbol', ['symbol', 'ticker', 'underlying', 'underlyingsymbol', 'instrument', 'security', 'asset', 'market', 'root', 'contract']],
  ['quantity', ['quantity', 'qty', 'contracts', 'noofcontracts', 'numberofcontracts', 'shares', 'size', 'lots', 'units', 'positionsize']],
  ['pl', ['pl', 'netpl', 'pnl', 'netpnl', 'profit', 'profitloss', 'netprofit', 'netprofitloss', 'realizedpl', 'realizedpnl', 'realisedpl', 'realisedpnl', 'pandl', 'profitandloss', 'gainloss', 'netgainloss']],
  ['fees', ['fees', 'fee', 'commission', 'commissions', 'commissionsfees', 'commissionfees', 'commissionandfees', 'commissionsandfees', 'feesandcommissions', 'totalfees', 'costs']],
  ['margin', ['margin', 'marginreq', 'marginrequirement', 'marginrequired', 'initialmargin', 'buyingpower', 'buyingpowerused', 'bp', 'bpused', 'capital', 'capitalused', 'capitalrequired']],
  ['entryPrice', ['entryprice', 'openprice', 'openingprice', 'buyprice', 'avgentryprice', 'averageentryprice', 'priceopen', 'entry']],
  ['exitPrice', ['exitprice', 'closeprice', 'closingprice', 'sellprice', 'avgexitprice', 'averageexitprice', 'priceclose', 'exit']],
  ['side', ['side', 'direction', 'longshort', 'buysell', 'action']],
];

/** A header reduced to letters and digits ("Net P/L ($)" → "netpl"; "P/L %" → "plpct"). */
function matchKey(header: string): string {
  return header.toLowerCase().replace(/%/g, 'pct').replace(/[^a-z0-9]/g, '');
}

/** The mapping guessed from header names; fields without a matching column are left out. */
export function guessMapping(headers: string[]): ColumnMapping {
  return guessColumns(headers, SYNONYMS);
}

/** The same guess for any field set (the bet-log adapter has its own synonym table). */
export function guessColumns<F extends string>(headers: string[], table: [F, string[]][]): Partial<Record<F, string>> {
  const keys = headers.map(matchKey);
  const used = new Set<number>();
  const mapping: Partial<Record<F, string>> = {};
  for (const [field, synonyms] of table) {
    for (const synonym of synonyms) {
      const at = keys.findIndex((key, i) => key === synonym && !used.has(i));
      if (at >= 0) {
        used.add(at);
        mapping[field] = headers[at].trim();
        break;
      }
    }
  }
  return mapping;
}

/**
 * The key under which a mapping is remembered: the header names, normalised (trimmed, lower
 * case, inner spaces collapsed) and sorted, joined by '|'. Column order does not matter,
 * because a mapping refers to columns by name.
 */
export function headerSignature(headers: string[]): string {
  return headers
    .map(normalizeHeader)
    .sort()
    .join('|');
}
