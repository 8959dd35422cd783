// parseStatsArgs: flags to options, without spawning the CLI.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../cli/command';
import { parseStatsArgs } from '../../../cli/commands/stats';

describe('parseStatsArgs', () => {
  it('reads every option', () => {
    expect(parseStatsArgs(['log.csv', '--daily', 'd.csv', '--capital', '50,000', '--strategy', 'A', '--strategy', 'B', '--from', '2025-01-01', '--to', '2025-02-01', '--map', 'pl=Net', '--date-format', 'MM/DD/YYYY', '--risk-free', '0.045'])).toEqual({
      tradeLog: 'log.csv',
      daily: 'd.csv',
      capital: 50000,
      filter: { strategies: ['A', 'B'], from: '2025-01-01', to: '2025-02-01' },
      map: 'pl=Net',
      dateFormat: 'MM/DD/YYYY',
      riskFreeRate: 0.045,
      historicalRiskFree: false,
    });
  });
  it('defaults to no filter and a zero risk-free rate', () => {
    expect(parseStatsArgs(['log.csv'])).toEqual({ tradeLog: 'log.csv', daily: undefined, capital: undefined, filter: {}, map: undefined, dateFormat: undefined, riskFreeRate: 0, historicalRiskFree: false });
  });
  it('rejects bad values as usage errors', () => {
    expect(() => parseStatsArgs(['log.csv', '--capital', '0'])).toThrow(UsageError);
    expect(() => parseStatsArgs(['log.csv', '--from', '2025-02-01', '--to', '2025-01-01'])).toThrow(/after --to/);
    expect(() => parseStatsArgs(['a.csv', 'b.csv'])).toThrow(/one trade log/);
    expect(() => parseStatsArgs(['log.csv', '--capital'])).toThrow(UsageError);
  });
});
