// Format detection: a bet log or a candidates file (marker column p_model) is not imported as
// a generic trade log by the trade import, and says what it is.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../core/import';

describe('bet files in the trade import', () => {
  it('a bet log is refused as trades, with what it is', async () => {
    const r = await importText('bets.csv', 'date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error\n2025-03-01,NY,B47,YES,0.55,0.45,10,0.12,1,5.38,1.2\n');
    expect(r).toMatchObject({
      ok: false,
      code: 'unrecognized',
      message: 'The file is a prediction-market bet log (it has a p_model column), not a trade log; it was not imported as trades.',
    });
  });

  it('a candidates file too', async () => {
    const r = await importText('today.csv', 'group,market,side,p_model,price,available_contracts\nNY,B47,YES,0.55,0.45,30\n');
    expect(r).toMatchObject({ ok: false, code: 'unrecognized', message: 'The file is a prediction-market candidates file (it has a p_model column), not a trade log; it was not imported as trades.' });
  });

  it('a generic trade CSV is still read as trades', async () => {
    const r = await importText('trades.csv', 'Date,Symbol,P/L\n2025-03-01,SPY,12.5\n');
    expect(r).toMatchObject({ ok: true, format: 'generic-trades' });
  });
});
