// core/app betsRun, the use case behind `sizewise bets`: invalid options are refused with the
// field named (before any import is looked at); a log with one bad row is refused whole
// (all-or-nothing: no analysis of the good rows); a cents price column is read and said so.
// Hand values: two bets at 45 and 60 cents → prices 0.45 and 0.60; pl 10·(1 − 0.45) = 5.5 and
// 10·(0 − 0.60) = −6; a lone group's budget is the 40% maximum of $100 = $40.
import { describe, expect, it } from 'vitest';
import { betsRun } from '../../../core/app';
import { importBetLogText } from '../../../core/import';

const HEADER = 'date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error';

describe('core/app betsRun', () => {
  it('refuses invalid options, naming the field', async () => {
    const log = await importBetLogText('log.csv', `${HEADER}\n2025-03-01,A,M1,YES,0.6,0.45,10,0,1,,\n`);
    const out = betsRun(log, null, { budget: 100, min: 0.5, max: 0.4 });
    expect(out).toEqual({ ok: false, message: 'max: The maximum share must not be below the minimum.', rejected: [] });
  });

  it('one bad row refuses the whole log', async () => {
    const log = await importBetLogText('log.csv', `${HEADER}\n2025-03-01,A,M1,YES,0.6,0.45,10,0,1,,\n2025-03-02,A,M2,MAYBE,0.6,0.45,10,0,1,,\n`);
    const out = betsRun(log, null, { budget: 100 });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.rejected.map((r) => [r.row, r.column])).toEqual([[3, 'side']]);
      expect(out.message.startsWith('log.csv: 1 of 2 rows rejected, nothing imported (fix or remove them): line 3, column "side": ')).toBe(true);
    }
  });

  it('cents are read as dollars and the warning is passed on', async () => {
    const log = await importBetLogText('log.csv', `${HEADER}\n2025-03-01,A,M1,YES,0.6,45,10,0,1,,\n2025-03-02,A,M2,YES,0.7,60,10,0,0,,\n`);
    const out = betsRun(log, null, { budget: 100 });
    if (!out.ok) throw new Error(out.message);
    expect(out.analysis.groups[0].metrics.meanPl).toBeCloseTo((5.5 - 6) / 2, 12);
    expect(out.warnings.some((w) => w.startsWith('log.csv: ') && /cents/i.test(w))).toBe(true);
    expect(out.json.runBudget).toBe(100);
    expect(out.json.groups[0].budget).toBe(40); // a lone group gets at most the 40% maximum share
  });
});
