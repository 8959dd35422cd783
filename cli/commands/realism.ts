/**
 * `sizewise realism --returns <csv>` — edge-realism checks (SPEC-metrics §4) of a return
 * series: Sharpe, skew, kurtosis, PSR, DSR (with --trials), MinTRL, a verdict and warnings.
 * The CSV has two columns, date and return (a decimal, or a percent with "%"); a header
 * row is optional.
 */
import { assessRealism, type RealismReport } from '../../core/realism';
import { type Command, UsageError } from '../command';
import { num, pct, table } from '../output';
import { NUMBER_HELP, numberFlag, parseCommandArgs } from '../args';

const MAX_TRIALS = 1_000_000;
/** Minutes in a year: the finest period a return series plausibly has. */
const MAX_PERIODS_PER_YEAR = 525_600;

import { readInput } from '../read-input';

const usage = `usage: sizewise realism --returns <csv> [--trials N] [--periods-per-year 252] [--json]
  --returns FILE          CSV of date,return (0.012 or 1.2%), one row per period
  --trials N              strategy variants tried before this one (Deflated Sharpe), 1–${MAX_TRIALS.toLocaleString('en-US')} (default 1)
  --periods-per-year P    for the annualized Sharpe, > 0 and ≤ ${MAX_PERIODS_PER_YEAR.toLocaleString('en-US')} (default 252, daily)
JSON: { n, sharpe (per period), sharpeAnnualized, skew, kurtosis (raw, normal = 3), psr, dsr,
        minTrackRecord (periods), verdict, warnings[] , … }
${NUMBER_HELP}`;

function parseReturn(text: string): number | null {
  const t = text.trim().replace(/^"|"$/g, '');
  const percent = t.endsWith('%');
  const value = Number(percent ? t.slice(0, -1) : t);
  return t === '' || !Number.isFinite(value) ? null : percent ? value / 100 : value;
}

/** Returns of a date,return CSV; bad rows name the line and the column. */
export function parseReturnsCsv(text: string, fileName: string): number[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const returns: number[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split(line.includes(';') && !line.includes(',') ? ';' : ',');
    const value = cells.length >= 2 ? parseReturn(cells[1]) : null;
    if (index === 0 && value === null) return; // header
    if (cells.length < 2) throw new UsageError(`${fileName}: row ${index + 1}: expected two columns, date and return`);
    if (value === null) throw new UsageError(`${fileName}: row ${index + 1}, column return: "${cells[1].trim()}" is not a number`);
    returns.push(value);
  });
  if (returns.length === 0) throw new UsageError(`${fileName}: no returns found`);
  return returns;
}

function realismText(r: RealismReport): string {
  return [
    table([
      ['Measure', 'Value'],
      ['Returns', String(r.n)],
      ['Sharpe (per period)', num(r.sharpe, 4)],
      ['Sharpe (annualized)', num(r.sharpeAnnualized, 2)],
      ['Skew', num(r.skew, 3)],
      ['Kurtosis (normal = 3)', num(r.kurtosis, 3)],
      ['PSR (SR* = 0)', pct(r.psr)],
      [`DSR (${r.trials} trial${r.trials === 1 ? '' : 's'})`, pct(r.dsr)],
      ['Min track record', r.minTrackRecordPeriods === null ? '—' : `${r.minTrackRecordPeriods} periods (${num(r.minTrackRecord, 1)} rounded up)`],
    ]),
    '',
    `Verdict: ${r.verdict}`,
    ...(r.warnings.length > 0 ? ['', 'Warnings:', ...r.warnings.map((w) => `  - ${w}`)] : []),
  ].join('\n');
}

const command: Command = {
  summary: 'edge realism: PSR, Deflated Sharpe and minimum track record of a return series',
  usage,
  async run(args) {
    const { values } = parseCommandArgs('realism', args, { returns: { type: 'string' }, trials: { type: 'string' }, 'periods-per-year': { type: 'string' } }, { positionals: false });
    if (values.returns === undefined) throw new UsageError('realism: --returns <csv> is required');
    const trials = values.trials === undefined ? 1 : numberFlag('--trials', values.trials, { integer: true, min: 1, max: MAX_TRIALS });
    const periodsPerYear = values['periods-per-year'] === undefined ? 252 : numberFlag('--periods-per-year', values['periods-per-year'], { min: 0, exclusiveMin: true, max: MAX_PERIODS_PER_YEAR });
    const text = new TextDecoder().decode(await readInput(values.returns));
    const report = assessRealism(parseReturnsCsv(text, values.returns), { trials, periodsPerYear });
    return { json: report, text: realismText(report) };
  },
};

export default command;
