// Generic trade CSV conventions: mapping guess and override, fees, computed P/L, defaults, guesses.
import { describe, expect, it } from 'vitest';
import { guessMapping, headerSignature, importText, type ImportOptions } from '../../../core/import';
import type { TradeImport } from '../../../core/model';

async function generic(text: string, options?: ImportOptions): Promise<TradeImport> {
  const result = await importText('trades.csv', text, options);
  if (!result.ok || result.format !== 'generic-trades') throw new Error(result.ok ? result.format : result.message);
  return result;
}

describe('guessMapping', () => {
  it('broker names', () => {
    expect(guessMapping(['Entry Date', 'Exit Time', 'Ticker', 'Shares', 'Realized P&L', 'Fees', 'Capital', 'Side', 'Entry Price', 'Exit Price'])).toEqual({
      opened: 'Entry Date',
      closed: 'Exit Time',
      symbol: 'Ticker',
      quantity: 'Shares',
      pl: 'Realized P&L',
      fees: 'Fees',
      margin: 'Capital',
      side: 'Side',
      entryPrice: 'Entry Price',
      exitPrice: 'Exit Price',
    });
    expect(guessMapping(['Opened', 'Close Date', 'Symbol', 'Contracts', 'PnL', 'Commission', 'Margin'])).toMatchObject({ opened: 'Opened', quantity: 'Contracts', pl: 'PnL', fees: 'Commission', margin: 'Margin' });
    expect(guessMapping(['Date', 'Strategy', 'Qty', 'Profit', 'Buying Power'])).toEqual({ opened: 'Date', strategy: 'Strategy', quantity: 'Qty', pl: 'Profit', margin: 'Buying Power' });
  });

  it('"P/L %" is not P/L; nothing is guessed from unrelated names', () => {
    expect(guessMapping(['Date', 'P/L %', 'Net P/L'])).toEqual({ opened: 'Date', pl: 'Net P/L' });
    expect(guessMapping(['Name', 'Age', 'City'])).toEqual({});
  });
});

describe('headerSignature', () => {
  it('ignores column order, case and surrounding spaces', () => {
    expect(headerSignature(['Date', ' Net P/L ', 'Qty'])).toBe('date|net p/l|qty');
    expect(headerSignature(['qty', 'DATE', 'net  p/l'])).toBe(headerSignature(['Date', 'Net P/L', 'Qty']));
  });
});

describe('generic adapter', () => {
  it('P/L before fees (plIncludesFees=false) has the fees subtracted; fee signs are ignored', async () => {
    const text = 'Date,Symbol,Qty,P/L,Fees\n2025-01-02,SPY,2,100,-2.5\n2025-01-03,QQQ,1,-50,1.25\n';
    const result = await generic(text, { generic: { plIncludesFees: false } });
    expect(result.trades.map((t) => [t.pl, t.fees, t.strategy, t.symbol])).toEqual([
      [97.5, 2.5, 'SPY', 'SPY'],
      [-51.25, 1.25, 'QQQ', 'QQQ'],
    ]);
    expect((await generic(text)).trades.map((t) => t.pl)).toEqual([100, -50]);
  });

  it('P/L computed from entry/exit price, quantity and side, minus fees', async () => {
    const text = 'Open Date,Close Date,Ticker,Side,Shares,Entry Price,Exit Price,Commission\n2025-01-02,2025-01-03,AAPL,Buy,10,100.10,102.35,1\n2025-01-06,2025-01-08,TSLA,Short,5,250,260.5,0.5\n';
    const result = await generic(text);
    expect(result.trades.map((t) => [t.pl, t.openingPrice, t.closingPrice, t.contracts])).toEqual([
      [21.5, 100.1, 102.35, 10],
      [-53, 250, 260.5, 5],
    ]);
  });

  it('defaults: quantity 1 and close = open when unmapped (with warnings); strategy falls back to symbol, then "Unknown"', async () => {
    const result = await generic('Date,Ticker,Net P/L\n2025-01-02,SPY,10\n2025-01-03,,5\n');
    expect(result.trades.map((t) => [t.contracts, t.dateClosed, t.strategy])).toEqual([
      [1, '2025-01-02', 'SPY'],
      [1, '2025-01-03', 'Unknown'],
    ]);
    expect(result.warnings).toEqual(['No quantity column: every trade counts as 1 contract.', 'No close-date column: each trade is taken as closed on the day it opened.']);
  });

  it('a blank close date is an open trade', async () => {
    const result = await generic('Open Date,Close Date,Qty,P/L\n2025-01-02,,1,0\n');
    expect(result.trades[0].dateClosed).toBeNull();
  });

  it('mapping overrides the guess, case-insensitively; an empty name unmaps a field', async () => {
    const text = 'Date,Closed On,Profit,Other Profit,Symbol\n2025-01-02,2025-01-05,1,7,SPY\n';
    const result = await generic(text, { generic: { mapping: { pl: 'other profit', closed: 'CLOSED ON', symbol: '' } } });
    expect(result.trades[0]).toMatchObject({ pl: 7, dateClosed: '2025-01-05', symbol: '', strategy: 'Unknown' });
    expect(result.generic?.mapping).toEqual({ opened: 'Date', pl: 'other profit', closed: 'CLOSED ON' });
  });

  it('day-first dates are recognised from a day above 12', async () => {
    const result = await generic('Date,P/L\n05/01/2025,1\n13/01/2025,2\n');
    expect(result.trades.map((t) => t.dateOpened)).toEqual(['2025-01-05', '2025-01-13']);
    expect(result.generic?.dateFormat).toBe('DD/MM/YYYY');
    expect(result.warnings).toEqual(['No quantity column: every trade counts as 1 contract.', 'No close-date column: each trade is taken as closed on the day it opened.']);
  });

  it('ambiguous dates default to MM/DD with a warning naming the assumption', async () => {
    const result = await generic('Date,Qty,P/L\n05/01/2025,1,1\n06/02/2025,1,2\n');
    expect(result.trades.map((t) => t.dateOpened)).toEqual(['2025-05-01', '2025-06-02']);
    expect(result.warnings[0]).toBe('Every date could be read either month-first or day-first; assumed MM/DD/YYYY. Set the date format if this is wrong.');
  });

  it('an explicit date format wins over the guess', async () => {
    const result = await generic('Date,Qty,P/L\n05/01/2025,1,1\n', { generic: { dateFormat: 'DD/MM/YYYY' } });
    expect(result.trades[0].dateOpened).toBe('2025-01-05');
    expect(result.generic?.dateFormat).toBe('DD/MM/YYYY');
  });

  it('decimal comma guessed from the data of a ;-delimited file', async () => {
    const result = await generic('Datum;Menge;Gewinn\n02.01.2025;1;12,5\n03.01.2025;2;-1.234,56\n', { generic: { mapping: { opened: 'Datum', quantity: 'Menge', pl: 'Gewinn' } } });
    expect(result.trades.map((t) => t.pl)).toEqual([12.5, -1234.56]);
    expect(result.generic).toMatchObject({ decimal: ',', dateFormat: 'DD.MM.YYYY' });
  });

  it('undecidable "1,234" in a ;-delimited file: decimal comma assumed, with a warning', async () => {
    const result = await generic('Date;Qty;Profit\n2025-01-02;1;1,234\n', { generic: { mapping: {} } });
    expect(result.trades[0].pl).toBe(1.234);
    expect(result.warnings[0]).toBe(`Could not tell the decimal separator from the numbers (e.g. "1,234" or "1.234"); assumed ',' because the file is ;-delimited. Set the decimal option if this is wrong.`);
  });
});
