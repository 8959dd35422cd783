// A bet-log date outside the plausible horizon (before 1970, or more than a year after the
// import day) is a rejected row, as in every trade adapter (issue 8 item 6).
import { expect, it } from 'vitest';
import { importBetLogText } from '../../../core/import';

const HEADER = 'date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error';

it('rejects a bet dated 9999-12-31 and one dated 1969-12-31, naming the row and the column', async () => {
  const text = [HEADER, '2025-03-01,NY,B47,YES,0.55,0.45,10,0,1,,', '9999-12-31,NY,B49,YES,0.55,0.45,10,0,1,,', '1969-12-31,NY,B51,YES,0.55,0.45,10,0,1,,'].join('\n');
  const r = await importBetLogText('horizon.csv', text, { now: () => '2026-12-06T10:00:00Z' });
  if (!r.ok) throw new Error(r.message);
  expect(r.bets.map((b) => b.market)).toEqual(['B47']);
  expect(r.rejected).toEqual([
    { row: 3, column: 'date', reason: 'date 9999-12-31 is more than 1 year after the import day (2026-12-06)' },
    { row: 4, column: 'date', reason: 'date 1969-12-31 is before 1970-01-01' },
  ]);
});
