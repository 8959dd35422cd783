// SPEC §2 "Ruin" in the replay: once realized equity is at or below 0 the account is ruined — no
// trade opens afterwards, even if a trade still open lifts equity back above 0; the ruin is marked
// with its date, max drawdown is 100% and CAGR, MAR and Sharpe are null with the reason.
import { describe, expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { makeTrade } from '../support/make-trade';

// Start 1,000, the log's own contracts (1 each), every trade 10:00 → 15:00:
//   T1 Mon 01-06 +200 → 1,200      T2 Tue 01-07 → Thu 01-09 +500 (open across the ruin)
//   T3 Wed 01-08 −1,500 → −300: ruined on 2025-01-08
//   T4 Thu 01-09 +100, T5 Fri 01-10 +50: not opened (ruined); T2 closes Thu: −300 + 500 = 200.
const trades = [
  makeTrade({ dateOpened: '2025-01-06', pl: 200 }),
  makeTrade({ dateOpened: '2025-01-07', dateClosed: '2025-01-09', pl: 500 }),
  makeTrade({ dateOpened: '2025-01-08', pl: -1500 }),
  makeTrade({ dateOpened: '2025-01-09', pl: 100 }),
  makeTrade({ dateOpened: '2025-01-10', pl: 50 }),
];
const result = runScenario(prepareReplayInput(trades), { rule: { kind: 'log' }, settings: defaultReplaySettings(1000) });
const RUINED = 'ruined on 2025-01-08: equity fell to -300.00';

describe('a replay that goes below zero', () => {
  it('marks the ruin: 2025-01-08 at −300', () => {
    expect(result.ruin).toEqual({ date: '2025-01-08', equity: -300 });
  });

  it('opens nothing after it, though equity is back at 200', () => {
    expect(Array.from(result.contracts)).toEqual([1, 1, 1, 0, 0]);
    expect(result.skippedByReason.ruined).toBe(2);
    expect(Array.from(result.equity)).toEqual([1200, 1200, -300, 200, 200]);
    expect(result.finalEquity).toBe(200);
  });

  it('caps each drawdown at 100%: 0, 0, 1, 1,000 / 1,200, 1,000 / 1,200', () => {
    expect(Array.from(result.drawdown)).toEqual([0, 0, 1, 1000 / 1200, 1000 / 1200]);
    expect(result.maxDrawdown).toBe(1);
  });

  it('CAGR, MAR and Sharpe are null with "ruined on D"', () => {
    expect([result.cagr, result.mar, result.sharpe]).toEqual([null, null, null]);
    expect(result.nullReasons).toEqual({ cagr: RUINED, mar: RUINED, sharpe: RUINED });
  });
});
