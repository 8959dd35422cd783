// Replaying the EMA log with its own contract counts reproduces its Funds at Close path and the SPEC §2 metrics.
import { describe, expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { fixtureTrades } from '../support/fixtures';

describe('replay rule "log" on the EMA sample', async () => {
  const input = prepareReplayInput(await fixtureTrades('ema-tradelog.csv'));
  const result = runScenario(input, { rule: { kind: 'log' }, settings: defaultReplaySettings(100000) });

  it('takes every trade at the logged size and ends at 119,735', () => {
    expect(input.count).toBe(384);
    expect(result.tradesTaken).toBe(384);
    expect(result.finalEquity).toBe(119735);
    expect(Array.from(result.contracts)).toEqual(Array.from(input.logContracts));
  });

  it('equity after each close equals the log\'s Funds at Close', () => {
    expect(Array.from(result.equityAfterClose)).toEqual(Array.from(input.fundsAtClose));
  });

  it('matches the SPEC §2 reference metrics', () => {
    expect(result.cagr).toBeCloseTo(0.265909, 6);
    expect(result.maxDrawdown).toBeCloseTo(0.128921, 6);
    expect(result.sharpe).toBeCloseTo(1.22224, 5);
    expect(result.mar).toBeCloseTo(2.06257, 5);
    expect(result.maxContracts).toBe(3);
    expect(input.dates[0]).toBe('2025-01-02');
    expect(input.dates[input.dates.length - 1]).toBe('2025-10-08');
  });
});
