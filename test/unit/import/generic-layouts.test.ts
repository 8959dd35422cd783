// The EMA trade log written in three foreign layouts (test/fixtures/generic, made by
// make-layouts.ts) imports through the generic adapter to the same trades and statistics.
import { describe, expect, it } from 'vitest';
import type { GenericOptions, Trade } from '../../../core/model';
import { computeStats } from '../../../core/stats';
import { importTrades } from '../support/fixtures';

const EUROPEAN_MAPPING = {
  opened: 'Datum Eröffnung',
  closed: 'Datum Schließung',
  strategy: 'Strategie',
  quantity: 'Kontrakte',
  pl: 'Gewinn/Verlust',
  fees: 'Gebühren',
};

const LAYOUTS: [file: string, options: Partial<GenericOptions>, expected: Partial<GenericOptions>][] = [
  ['generic/broker-us.csv', {}, { dateFormat: 'MM/DD/YYYY', decimal: '.', plIncludesFees: true }],
  ['generic/european.csv', { mapping: EUROPEAN_MAPPING }, { dateFormat: 'DD.MM.YYYY', decimal: ',', plIncludesFees: true }],
  ['generic/gross-pl.tsv', { plIncludesFees: false }, { dateFormat: 'YYYY-MM-DD', decimal: '.', plIncludesFees: false }],
];

/** The fields every layout carries. */
function essentials(t: Trade) {
  return { dateOpened: t.dateOpened, dateClosed: t.dateClosed, strategy: t.strategy, contracts: t.contracts, pl: t.pl, fees: t.fees, marginReq: t.marginReq };
}

describe('generic layouts of the EMA trade log', async () => {
  const original = (await importTrades('optionomega/ema-tradelog.csv')).trades;

  it.each(LAYOUTS)('%s gives the same trades as the OptionOmega original', async (file, options, expected) => {
    const result = await importTrades(file, { generic: options });
    expect(result.format).toBe('generic-trades');
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.generic).toMatchObject(expected);
    expect(result.trades.map(essentials)).toEqual(original.map(essentials));
  });

  it('broker-us.csv: the guessed mapping and the times from the date-time cells', async () => {
    const result = await importTrades('generic/broker-us.csv');
    expect(result.generic?.mapping).toEqual({
      opened: 'Open Date',
      closed: 'Close Date',
      strategy: 'Strategy',
      symbol: 'Symbol',
      quantity: 'Qty',
      pl: 'Net P/L',
      fees: 'Commission',
      margin: 'Buying Power',
    });
    expect(result.trades.map((t) => [t.timeOpened, t.timeClosed])).toEqual(original.map((t) => [t.timeOpened, t.timeClosed]));
    expect(result.trades[0].symbol).toBe('SPX');
  });

  it.each(LAYOUTS)('%s gives the same portfolio statistics', async (file, options) => {
    const layout = (await importTrades(file, { generic: options })).trades;
    // The layouts have no Funds at Close, so the starting capital is given explicitly.
    const statsOptions = { startingCapital: 100_000 };
    expect(computeStats(layout, statsOptions).portfolio).toEqual(computeStats(original, statsOptions).portfolio);
  });
});
