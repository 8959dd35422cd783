// An exchange export (Kalshi-style: ticker, side, yes_price/no_price in cents, count, result,
// profit, settled_time) is read through the guessed mapping: the group comes from the ticker's
// series, the price from the side's own column, the outcome from the market result.
import { describe, expect, it } from 'vitest';
import { guessBetMapping, importBetLogText } from '../../../core/import';

const EXPORT = [
  'ticker,side,count,yes_price,no_price,fees_paid,result,profit,settled_time',
  'KXHIGHNY-25MAR01-B47,yes,10,45,55,0.12,yes,5.38,2025-03-02T05:00:00Z',
  'KXHIGHNY-25MAR01-B49,no,4,20,80,0.04,yes,-3.24,2025-03-02T05:00:00Z',
  'KXHIGHMIA-25MAR01-B81,no,3,30,70,0.03,no,0.87,2025-03-02T05:00:00Z',
].join('\n');

describe('exchange export', () => {
  it('guesses the mapping', () => {
    expect(guessBetMapping(EXPORT.split('\n')[0].split(','))).toEqual({
      date: 'settled_time',
      market: 'ticker',
      side: 'side',
      yesPrice: 'yes_price',
      noPrice: 'no_price',
      contracts: 'count',
      fees: 'fees_paid',
      outcome: 'result',
      pl: 'profit',
    });
  });

  it('imports the bets', async () => {
    const r = await importBetLogText('kalshi.csv', EXPORT);
    if (!r.ok) throw new Error(r.message);
    expect(r.rejected).toEqual([]);
    expect(r.bets.map((b) => [b.date, b.group, b.side, b.price, b.outcome, b.pl, b.pModel])).toEqual([
      ['2025-03-02', 'KXHIGHNY', 'YES', 0.45, 1, 5.38, null],
      ['2025-03-02', 'KXHIGHNY', 'NO', 0.8, 0, -3.24, null],
      ['2025-03-02', 'KXHIGHMIA', 'NO', 0.7, 1, 0.87, null],
    ]);
    expect(r.priceUnits).toEqual([
      { column: 'yes_price', unit: 'cents' },
      { column: 'no_price', unit: 'cents' },
    ]);
    expect(r.warnings).toEqual([
      'Column "yes_price" is in cents (most values are above 1): prices were divided by 100.',
      'Column "no_price" is in cents (most values are above 1): prices were divided by 100.',
      'No group column: each bet\'s group is its market ticker up to the first "-" (column "ticker").',
      'No p_model column: the Brier score, log loss, calibration and the calibration term of the score are unavailable.',
    ]);
    expect(r.headerSignature).toBe('count|fees_paid|no_price|profit|result|settled_time|side|ticker|yes_price');
  });

  it('a confirmed mapping overrides the guess (here: a group column the guess could not know)', async () => {
    const text = EXPORT.replace('settled_time', 'settled_time,city').split('\n').map((line, i) => (i === 0 ? line : `${line},${i < 3 ? 'New York' : 'Miami'}`)).join('\n');
    const r = await importBetLogText('kalshi.csv', text, { mapping: { group: 'city' } });
    if (!r.ok) throw new Error(r.message);
    expect(r.bets.map((b) => b.group)).toEqual(['New York', 'New York', 'Miami']);
  });
});
