// Numbers beyond the plausible bounds (|x| > 1e15, or a nonzero |x| < 1e-9: subnormals such as
// -1e-320, near-overflow values such as 1e308) are rejected at import with the line, the
// column and the reason, in every adapter and for amounts computed from cells (issue 8, item 11).
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';
import type { ImportOutcome, ParsedImport } from '../../../core/model';
import { fixtureTextWith } from '../support/fixtures';

const TOO_LARGE = (raw: string) => `number "${raw}" is beyond the plausible range (|x| ≤ 1e15)`;
const TOO_SMALL = (raw: string) => `number "${raw}" is too close to zero to be a real amount (a nonzero |x| must be ≥ 1e-9)`;

function parsed(outcome: ImportOutcome): ParsedImport {
  if (!outcome.ok) throw new Error(`expected an import, got ${outcome.code}: ${outcome.message}`);
  return outcome;
}

const PREMIUM = 4;
const PL = 10;
const CONTRACTS = 11;
const FUNDS = 12;
const MARGIN = 13;
const OPENING_FEES = 15;
const CLOSING_FEES = 16;

describe('implausible magnitudes', () => {
  it('OptionOmega trade log: each bound, just inside and just outside', async () => {
    const text = fixtureTextWith('optionomega/ema-tradelog.csv', {
      2: { [PL]: '-1e-320' },
      3: { [FUNDS]: '1e308' },
      4: { [MARGIN]: '0.0000000001' },
      5: { [CONTRACTS]: '1e-10' },
      6: { [PL]: '1000000000000001' },
      7: { [PL]: '-1e15', [MARGIN]: '0.000000001' }, // both exactly on the bounds: accepted
      8: { [OPENING_FEES]: '600000000000000', [CLOSING_FEES]: '600000000000000' }, // each fine, the sum is not
      9: { [PREMIUM]: '20000000000000.5' }, // × 100 as a quote in dollars
      10: { [PL]: '0' },
    });
    const result = parsed(await importText('ema.csv', text));
    expect(result.rejected).toEqual([
      { row: 2, column: 'P/L', reason: TOO_SMALL('-1e-320') },
      { row: 3, column: 'Funds at Close', reason: TOO_LARGE('1e308') },
      { row: 4, column: 'Margin Req.', reason: TOO_SMALL('0.0000000001') },
      { row: 5, column: 'No. of Contracts', reason: TOO_SMALL('1e-10') },
      { row: 6, column: 'P/L', reason: TOO_LARGE('1000000000000001') },
      { row: 8, column: 'Closing Commissions + Fees', reason: 'the computed fees (opening + closing) 1200000000000000 is beyond the plausible range (|x| ≤ 1e15)' },
      { row: 9, column: 'Premium', reason: 'the computed premium per contract 2000000000000050 is beyond the plausible range (|x| ≤ 1e15)' },
    ]);
    if (result.format !== 'optionomega-trades') throw new Error(result.format);
    expect(result.trades).toHaveLength(377);
    expect(result.trades.filter((t) => t.pl === -1e15 && t.marginReq === 1e-9)).toHaveLength(1);
  });

  it('OptionOmega daily log', async () => {
    const text = fixtureTextWith('optionomega/ema-dailylog.csv', { 3: { 1: '-1e308' }, 4: { 6: '5e-324' } });
    expect(parsed(await importText('daily.csv', text)).rejected).toEqual([
      { row: 3, column: 'Net Liquidity', reason: TOO_LARGE('-1e308') },
      { row: 4, column: 'P/L %', reason: TOO_SMALL('5e-324') },
    ]);
  });

  it('OptionOmega reporting log', async () => {
    const text = fixtureTextWith('optionomega/ema-reporting-log.csv', { 2: { 6: '1e308' } });
    expect(parsed(await importText('reporting.csv', text)).rejected).toEqual([{ row: 2, column: 'P/L', reason: TOO_LARGE('1e308') }]);
  });

  it('generic CSV: formatted cells, and a P/L computed from prices × quantity', async () => {
    const text = [
      'Date;Side;Qty;Entry Price;Exit Price;Fees',
      '2025-01-02;Long;10;100;101,5;1',
      '2025-01-03;Long;10;100;101;"$ 2.000.000.000.000.000,00"',
      '2025-01-06;Long;1000;1;999.999.999.999,5;0',
      '2025-01-07;Long;1000;1;999.999.999,5;0',
    ].join('\n');
    const result = parsed(await importText('broker.csv', text));
    expect(result.rejected).toEqual([
      { row: 3, column: 'Fees', reason: TOO_LARGE('$ 2.000.000.000.000.000,00') },
      // (999,999,999,999.5 − 1) × 1000 − 0 = 999,999,999,998,500 ≤ 1e15: accepted; row 5 is below too
    ]);
    if (result.format !== 'generic-trades') throw new Error(result.format);
    expect(result.trades.map((t) => t.pl)).toEqual([14, 999_999_999_998_500, 999_999_998_500]);

    const overflow = parsed(await importText('broker.csv', 'Date,Side,Qty,Entry Price,Exit Price\n2025-01-02,Long,10,1,2\n2025-01-03,Short,1000000,999999999999999,1\n'));
    // (1 − 999,999,999,999,999) × 1,000,000 × −1 = 9.99999999999998e20
    expect(overflow.rejected).toEqual([
      { row: 3, column: 'Exit Price', reason: 'the computed P/L ((exit − entry) × quantity − fees) 999999999999998000000 is beyond the plausible range (|x| ≤ 1e15)' },
    ]);
  });
});
