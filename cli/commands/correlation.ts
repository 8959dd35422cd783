/**
 * `sizewise correlation <file> [<file> ...]` — the correlation matrix of the inputs' strategies
 * and assets on the shared calendar (issue 19 "Correlation"): Pearson, Spearman or Kendall, on
 * P/L (default) or returns, daily / weekly / monthly, with each pair's shared active days.
 */
import { CORRELATION_METHODS, MIN_SHARED_DAYS, PERIODS } from '../../core/allocate';
import { workspaceCorrelation } from '../../core/app';
import { type Command, UsageError } from '../command';
import { choiceFlag, parseCommandArgs } from '../args';
import { num, table } from '../output';
import { loadAllocationInputs } from './allocate';

const usage = `usage: sizewise correlation <file> [<file> ...] [options] [--json]
  --method pearson|spearman|kendall   (default pearson)
  --period daily|weekly|monthly       (default daily)
  --basis pl|returns                  (default pl)
Every business day of the shared calendar counts (0 on days without closes); a day is active for a
strategy when one of its trades closes on it. Pairs with fewer than ${MIN_SHARED_DAYS} shared active days are flagged in "notes".
JSON: { names, matrix, sharedDays, notes, window }`;

const command: Command = {
  summary: 'Correlation of strategies and assets on the shared calendar, with shared active days',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs('correlation', args, { method: { type: 'string' }, period: { type: 'string' }, basis: { type: 'string' } });
    const method = choiceFlag('--method', values.method, CORRELATION_METHODS, 'pearson');
    const period = choiceFlag('--period', values.period, PERIODS, 'daily');
    const basis = choiceFlag('--basis', values.basis, ['pl', 'returns'] as const, 'pl');
    const inputs = await loadAllocationInputs(positionals, 'correlation');
    const outcome = workspaceCorrelation(inputs, period, method, basis);
    if (!outcome.ok) throw new UsageError(`correlation: ${outcome.message}`);
    const c = outcome.correlation;
    const json = { names: c.names, matrix: c.matrix, sharedDays: c.sharedDays, notes: c.notes, method, period, basis, window: outcome.window };
    const text = [
      `${method} on ${basis === 'pl' ? 'P/L' : 'returns'}, ${period}, ${outcome.window.from} to ${outcome.window.to}`,
      table([['', ...c.names], ...c.names.map((n, i) => [n, ...c.matrix[i].map((v, j) => `${num(v, 3)}${c.notes[i][j] && i !== j ? '*' : ''} (${c.sharedDays[i][j]})`)])]),
      `(n): shared active days; * greyed: fewer than ${MIN_SHARED_DAYS} shared days or no value`,
    ].join('\n');
    return { json, text };
  },
};

export default command;
