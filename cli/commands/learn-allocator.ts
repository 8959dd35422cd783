/**
 * `sizewise learn-allocator <leg files...>` — the learned allocator (issue 13): a walk-forward
 * model that sets daily weights between two or more legs, accepted only when it beats the
 * baselines out of sample after costs. Leg files: daily price files (Date, Adj Close), return
 * files (Date + the leg's return column; further numeric columns are features lagged one day)
 * and trade logs; a leg is named after its file without the extension.
 */
import { basename } from 'node:path';
import { isLegSeries, learnJson, learnOptions, legInputs, runLearnedAllocator, type LegFile } from '../../core/app';
import { formatDigits } from '../../core/format/number';
import { DEFAULT_LEARN_OPTIONS, LEARN_BOUNDS, type LearnResult } from '../../core/learn';
import { type Command, UsageError } from '../command';
import { loadTradeLog } from '../load-input';
import { readInput } from '../read-input';
import { NUMBER_HELP, numberFlag, parseCommandArgs } from '../args';
import { table } from '../output';

const d = DEFAULT_LEARN_OPTIONS;
const B = LEARN_BOUNDS;

const usage = `usage: sizewise learn-allocator <leg file> <leg file> [...] [options] [--json]
  <leg file>           daily price files (Date, Adj Close), return files (Date, return column, extra numeric
                       columns used as features lagged one day) or trade logs; a leg is named after its file
  --horizon H          label horizon in business days, ${B.horizon.min}–${B.horizon.max} (default ${d.horizon})
  --grid G             weight grid step, ${B.grid.min}–${B.grid.max}, 1/G whole (default ${d.grid}: 21 buckets for two legs)
  --folds K            outer walk-forward folds, ${B.outerFolds.min}–${B.outerFolds.max} (default ${d.outerFolds})
  --inner-folds J      inner tuning folds, ${B.innerFolds.min}–${B.innerFolds.max} (default ${d.innerFolds})
  --seed S             random seed, ${B.seed.min}–4,294,967,295 (default ${d.seed})
  --cost-bps C         fee + slippage per unit of turnover, ${B.costBps.min}–${B.costBps.max} bps (default ${d.costBps})
  --lambda-dd L        drawdown penalties tried, comma-separated, each ${B.lambda.min}–${B.lambda.max} (default ${d.lambdaDd.join(',')})
  --smoothing A        smoothing α of w = α·w_prev + (1 − α)·w_raw, ${B.smoothing.min}–${B.smoothing.max} (default ${d.smoothing})
  --max-change C       largest daily change of a leg's weight, ${B.maxDailyChange.min}–${B.maxDailyChange.max} (default ${d.maxDailyChange})
  --embargo E          business days left out after each inner validation block, ${B.embargo.min}–${B.embargo.max} (default ${d.embargo})
  --dd-tolerance T     drawdown gate: at most the equal-weight baseline's + T, ${B.drawdownTolerance.min}–${B.drawdownTolerance.max} (default ${d.drawdownTolerance})
  --turnover-cap X     turnover gate: Σ|Δw| per year at most X, ${B.turnoverCap.min}–${B.turnoverCap.max} (default ${d.turnoverCap})
${NUMBER_HELP}
JSON: { verdict: "accepted"|"rejected", reasons: [...], oos: { avgMonthlyPl, calmar, maxDrawdown, turnover, cagr },
  baselines: { "<name>": { avgMonthlyPl, calmar, maxDrawdown, cagr } }, gates: [ { name, passed, value, threshold } ],
  folds: [ { from, to, calmar, return, maxDrawdown, turnover } ], weights: [ { date, weights: { "<leg>": w } } ] }
  P/L per 1 unit of starting capital; weights are those in force each out-of-sample day (after smoothing and the cap);
  each day's return is Σ w·r − cost bps ÷ 10,000 × Σ|Δw|.`;

function text(r: LearnResult): string {
  const fig = (x: { avgMonthlyPl: number; calmar: number | null; maxDrawdown: number; cagr: number | null }) => [formatDigits(x.avgMonthlyPl, 'percent'), formatDigits(x.calmar, 'ratio'), formatDigits(x.maxDrawdown, 'percent'), formatDigits(x.cagr, 'percent')];
  return [
    `Learned allocator: ${r.verdict.toUpperCase()} — ${r.legs.join(' vs ')}, out of sample ${r.oos.from} to ${r.oos.to} (${r.oos.days} business days)`,
    ...r.reasons.map((x) => `- ${x}`),
    '',
    table([['', 'Avg monthly P/L', 'Calmar', 'Max drawdown', 'CAGR', 'Turnover / yr'], ['Model', ...fig(r.oos), formatDigits(r.oos.turnover, 'ratio')], ...r.baselines.map((b) => [b.name, ...fig(b.figures), formatDigits(b.figures.turnover, 'ratio')])]),
    '',
    table([['Gate', 'Passed', 'Value', 'Threshold'], ...r.gates.map((g) => [g.name, g.passed ? 'yes' : 'NO', formatDigits(g.value, 'ratio', 4), formatDigits(g.threshold, 'ratio', 4)])]),
    '',
    table([['Fold', 'Out of sample', 'Return', 'Max DD', 'Calmar', 'Turnover', 'λ_dd', 'Depth'], ...r.folds.map((f) => [String(f.index), `${f.from} – ${f.to}`, formatDigits(f.return, 'percent'), formatDigits(f.maxDrawdown, 'percent'), formatDigits(f.calmar, 'ratio'), formatDigits(f.turnover, 'ratio'), String(f.chosen.lambdaDd), String(f.chosen.gbdt.maxDepth)])]),
    '',
    `Most important features (share of GBDT split gain, mean across folds): ${r.importance.slice(0, 5).map((x) => `${x.feature} ${formatDigits(x.mean, 'percent', 1)}`).join('; ')}`,
    `Trials for the Deflated Sharpe: ${r.trials} (outer × inner folds × configurations).`,
    ...r.conventions,
  ].join('\n');
}

function lambdas(flag: string, value: string): number[] {
  const parts = value.split(',');
  if (parts.length > 4) throw new UsageError(`${flag}: at most 4 values (got ${parts.length})`);
  return parts.map((p) => numberFlag(flag, p.trim(), B.lambda));
}

const command: Command = {
  summary: 'Learned allocator: a walk-forward model of daily weights between legs, accepted only if it beats the baselines out of sample',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs('learn-allocator', args, {
      horizon: { type: 'string' },
      grid: { type: 'string' },
      folds: { type: 'string' },
      'inner-folds': { type: 'string' },
      seed: { type: 'string' },
      'cost-bps': { type: 'string' },
      'lambda-dd': { type: 'string' },
      smoothing: { type: 'string' },
      'max-change': { type: 'string' },
      embargo: { type: 'string' },
      'dd-tolerance': { type: 'string' },
      'turnover-cap': { type: 'string' },
    });
    if (positionals.length < 2) throw new UsageError(`learn-allocator: needs at least two leg files (got ${positionals.length})`);
    const n = (flag: string, v: string | undefined, b: { min: number; max: number; integer?: boolean }) => (v === undefined ? undefined : numberFlag(flag, v, b));
    const grid = n('--grid', values.grid, B.grid);
    if (grid !== undefined && Math.abs(Math.round(1 / grid) * grid - 1) > 1e-9) throw new UsageError(`--grid: ${grid} does not divide 1 into whole steps (e.g. 0.05, 0.1, 0.25)`);
    const checked = learnOptions(Object.fromEntries(Object.entries({
      horizon: n('--horizon', values.horizon, B.horizon),
      grid,
      outerFolds: n('--folds', values.folds, B.outerFolds),
      innerFolds: n('--inner-folds', values['inner-folds'], B.innerFolds),
      seed: n('--seed', values.seed, B.seed),
      costBps: n('--cost-bps', values['cost-bps'], B.costBps),
      lambdaDd: values['lambda-dd'] === undefined ? undefined : lambdas('--lambda-dd', values['lambda-dd']),
      smoothing: n('--smoothing', values.smoothing, B.smoothing),
      maxDailyChange: n('--max-change', values['max-change'], B.maxDailyChange),
      embargo: n('--embargo', values.embargo, B.embargo),
      drawdownTolerance: n('--dd-tolerance', values['dd-tolerance'], B.drawdownTolerance),
      turnoverCap: n('--turnover-cap', values['turnover-cap'], B.turnoverCap),
    }).filter(([, v]) => v !== undefined)));
    if (!checked.ok) throw new UsageError(`learn-allocator: ${checked.message}`);
    const files: LegFile[] = [];
    for (const path of positionals) {
      const content = new TextDecoder().decode(await readInput(path));
      if (isLegSeries(content)) files.push({ file: basename(path), text: content });
      else files.push({ file: basename(path), trades: (await loadTradeLog(path)).trades });
    }
    const inputs = legInputs(files);
    if (!inputs.ok) throw new UsageError(inputs.message);
    const outcome = runLearnedAllocator(inputs.inputs, checked.options);
    if (!outcome.ok) throw new UsageError(`learn-allocator: ${outcome.message}`);
    return { json: learnJson(outcome.result), text: text(outcome.result) };
  },
};

export default command;
