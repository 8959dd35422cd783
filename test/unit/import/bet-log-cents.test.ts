// Cents vs dollars: a price column in cents (1–99) is detected for the whole column and said
// so; a dollars column stays; a value that does not fit the column's unit is a rejected row.
import { describe, expect, it } from 'vitest';
import { importBetCandidatesText, importBetLogText } from '../../../core/import';
import { detectPriceUnit } from '../../../core/import/price-unit';

const HEADER = 'date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error';

describe('price units', () => {
  it('a cents column is divided by 100, with a warning naming the column', async () => {
    const text = [HEADER, '2025-03-01,NY,B47,YES,0.55,45,10,0.12,1,5.38,1.2', '2025-03-01,NY,B49,NO,0.8,72,5,,0,-3.6,', '2025-03-02,NY,B51,YES,0.3,1,100,0,0,-1,'].join('\n');
    const r = await importBetLogText('cents.csv', text);
    if (!r.ok) throw new Error(r.message);
    expect(r.bets.map((b) => b.price)).toEqual([0.45, 0.72, 0.01]);
    expect(r.priceUnits).toEqual([{ column: 'price', unit: 'cents' }]);
    expect(r.warnings).toContain('Column "price" is in cents (most values are above 1): prices were divided by 100.');
    // pl checked in dollars: 10 × (1 − 0.45) − 0.12 = 5.38
    expect(r.rejected).toEqual([]);
  });

  it('a dollars column is kept, without a warning', async () => {
    const text = [HEADER, '2025-03-01,NY,B47,YES,0.55,0.45,10,0.12,1,5.38,1.2', '2025-03-01,NY,B49,NO,0.8,0.72,5,0,0,-3.6,'].join('\n');
    const r = await importBetLogText('dollars.csv', text);
    if (!r.ok) throw new Error(r.message);
    expect(r.bets.map((b) => b.price)).toEqual([0.45, 0.72]);
    expect(r.priceUnits).toEqual([{ column: 'price', unit: 'dollars' }]);
    expect(r.warnings).toEqual([]);
  });

  it('a value in the other unit is rejected, not rescaled', async () => {
    const text = [HEADER, '2025-03-01,NY,B47,YES,0.55,0.45,10,0,1,,', '2025-03-01,NY,B49,NO,0.8,72,5,0,0,,', '2025-03-02,NY,B51,YES,0.3,0.2,5,0,0,,'].join('\n');
    const r = await importBetLogText('mixed.csv', text);
    if (!r.ok) throw new Error(r.message);
    expect(r.bets).toHaveLength(2);
    expect(r.rejected).toEqual([{ row: 3, column: 'price', reason: 'price 72 is outside 0–1 (the column is in dollars per contract; a contract pays 1)' }]);
  });

  it('candidates: cents detected too', async () => {
    const r = await importBetCandidatesText('c.csv', 'group,market,side,p_model,price,available_contracts\nNY,B47,YES,0.55,45,30\nNY,B49,NO,0.8,72,10\n');
    if (!r.ok) throw new Error(r.message);
    expect(r.candidates.map((c) => c.price)).toEqual([0.45, 0.72]);
    expect(r.warnings).toEqual(['Column "price" is in cents (most values are above 1): prices were divided by 100.']);
  });

  it('the rule: cents when more than half the values are above 1', () => {
    expect(detectPriceUnit([45, 72, 1])).toBe('cents');
    expect(detectPriceUnit([0.45, 0.72, 1])).toBe('dollars');
    expect(detectPriceUnit([0.45, 72])).toBe('dollars');
    expect(detectPriceUnit([])).toBe('dollars');
  });
});
