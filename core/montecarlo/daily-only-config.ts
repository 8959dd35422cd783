/**
 * The Monte Carlo of a daily log with no trade log (issue 17): the pool is the daily returns
 * of the marked-to-market curve (the daily log's Net Liquidity on business days, withdrawals
 * added back, core/stats/marked-curve), as the daily mode with the log's own sizing draws
 * them when a daily log belongs to a trade log. What resamples trades cannot run, and says so:
 * percent and dollar modes, any sizing rule other than `log`, and the worst-case injection
 * (a strategy's worst loss needs its trades).
 */
import { configFromPool, type ConfigOutcome, monteCarloOptionsErrors, type MonteCarloOptions } from './config';
import { CURVE_DAYS_PER_YEAR, MARKED_DAILY_CONVENTION, type Pool } from './pools';

export const NEEDS_TRADE_LOG = 'needs the trade log (this workspace holds a daily log only)';

export function buildDailyOnlyMonteCarloConfig(returns: readonly number[], startingCapital: number, options: MonteCarloOptions): ConfigOutcome {
  const errors = monteCarloOptionsErrors(options);
  if (errors.length > 0) return { ok: false, message: errors[0].message, errors };
  const fail = (message: string, field: string): ConfigOutcome => ({ ok: false, message, errors: [{ field, message }] });
  if (options.mode !== 'daily') return fail(`The ${options.mode} mode resamples trades and ${NEEDS_TRADE_LOG}: choose the daily mode, which resamples the daily log's own returns.`, 'mode');
  if (options.sizing && options.sizing.kind !== 'log') return fail(`A sizing rule replays the trades and ${NEEDS_TRADE_LOG}: the daily log's returns are drawn as recorded (log).`, 'sizing');
  if ((options.worstCaseShare ?? 0) > 0) return fail(`The worst-case injection uses each strategy's worst loss and ${NEEDS_TRADE_LOG}.`, 'worstCaseShare');
  const values = [...returns];
  const pool: Pool = { values, fixedContracts: [], contractsPerDollar: [], worstByEntry: values.map(() => 0), stepsPerYear: CURVE_DAYS_PER_YEAR, convention: MARKED_DAILY_CONVENTION, warnings: [] };
  return configFromPool(options, pool, options.startingCapital ?? startingCapital, 'log', ['No trade log: the pool is the daily log\'s marked-to-market daily returns.']);
}
