// Bad bet-log rows are rejected with line, column and reason (the good rows are kept, as for
// trade logs); P/L is computed when absent and checked (to a cent) when present.
import { describe, expect, it } from 'vitest';
import { importBetLogText } from '../../../core/import';

const HEADER = 'date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error';

describe('bet-log rejections', () => {
  it('names the row, the column and the problem', async () => {
    const rows = [
      HEADER,
      '2025-03-01,NY,B47,YES,0.55,0.45,10,0.12,1,5.38,1.2', // 2: good (10 × 0.55 − 0.12)
      '2025-03-01,NY,B49,YES,0.55,0.45,10,0.12,1,5.50,1.2', // 3: P/L off by 0.12
      '2025-03-01,NY,B51,MAYBE,0.55,0.45,10,0,1,,', // 4: side
      '2025-03-02,NY,B53,YES,1.3,0.45,10,0,1,,', // 5: probability
      '2025-03-02,NY,B55,NO,0.55,0.45,10,0,,,', // 6: no outcome
      '2025-03-02,NY,B57,NO,0.55,0.45,0,0,1,,', // 7: contracts
      '2025-02-30,NY,B59,NO,0.55,0.45,10,0,1,,', // 8: date
      '2025-03-03,,B61,NO,0.55,0.45,10,0,1,,', // 9: group
      '2025-03-03,NY,B63,NO,0.55,0.45,10,0,maybe,,', // 10: outcome word
      '2025-03-03,NY,B65,NO,0.55,0.45,10,0,1,5.50,', // 11: within a cent of 5.5: kept
      '2025-03-03,NY,B67,NO,0.55,abc,10,0,1,,', // 12: price
    ];
    const r = await importBetLogText('bad.csv', rows.join('\n'));
    if (!r.ok) throw new Error(r.message);
    expect(r.totalRows).toBe(11);
    expect(r.bets.map((b) => b.market)).toEqual(['B47', 'B65']);
    expect(r.rejected).toEqual([
      { row: 3, column: 'pl', reason: 'P/L 5.50 does not match contracts × (outcome − price) − fees = 10 × (1 − 0.45) − 0.12 = 5.38 (off by 0.12, more than a cent)' },
      { row: 4, column: 'side', reason: 'unknown side "MAYBE" (expected YES or NO)' },
      { row: 5, column: 'p_model', reason: 'probability 1.3 is outside 0–1' },
      { row: 6, column: 'outcome', reason: 'missing value (the bet log holds settled bets only)' },
      { row: 7, column: 'contracts', reason: 'contracts must be > 0 (found 0)' },
      { row: 8, column: 'date', reason: 'unparseable date "2025-02-30"' },
      { row: 9, column: 'group', reason: 'missing value' },
      { row: 10, column: 'outcome', reason: 'unknown outcome "maybe" (expected 1/0, won/lost, or the market result YES/NO)' },
      { row: 12, column: 'price', reason: 'unparseable number "abc"' },
    ]);
  });

  it('computes P/L when absent: contracts·(outcome − price) − fees', async () => {
    const r = await importBetLogText('nopl.csv', 'date,group,side,p_model,price,contracts,fees,outcome\n2025-03-01,NY,YES,0.6,0.45,10,0.12,0\n2025-03-01,NY,NO,0.6,0.3,4,-0.05,1\n');
    if (!r.ok) throw new Error(r.message);
    expect(r.bets.map((b) => b.pl)).toEqual([-4.62, 2.75]); // fees' sign ignored
    expect(r.bets[0]).toMatchObject({ market: '', forecastError: null, fees: 0.12 });
    expect(r.warnings).toEqual(['No pl column: P/L is computed as contracts × (outcome − price) − fees.']);
  });

  it('a file whose every row is bad is refused as a whole, quoting the first reasons', async () => {
    const r = await importBetLogText('allbad.csv', `${HEADER}\n2025-03-01,NY,B,YES,0.5,0.4,1,0,2,,\n`);
    expect(r).toMatchObject({ ok: false, code: 'no-valid-rows' });
    if (!r.ok) expect(r.message).toBe('None of the 1 rows could be read (line 2, column "outcome": unknown outcome "2" (expected 1/0, won/lost, or the market result YES/NO)).');
  });

  it('a file without the required columns is unrecognized, naming them', async () => {
    const r = await importBetLogText('x.csv', 'date,group,price\n2025-03-01,NY,0.4\n');
    expect(r).toMatchObject({ ok: false, code: 'unrecognized', missingColumns: ['side', 'contracts', 'outcome'] });
  });

  it('a mapping naming a missing column is a bad mapping', async () => {
    const r = await importBetLogText('x.csv', `${HEADER}\n2025-03-01,NY,B,YES,0.5,0.4,1,0,1,,\n`, { mapping: { group: 'City' } });
    expect(r).toMatchObject({ ok: false, code: 'bad-mapping' });
  });
});
