/**
 * `sizewise workspace create <out.sizewise> <tradelog.csv> [--daily F] [--reporting F] [--bets F] [--capital N]`
 * — builds the `.sizewise` file the app saves, headlessly. It is the app's own path: the
 * data worker's DataService (workers/data-service) previews and commits each file (the same
 * core/import checks, the same core/db commit with its provenance row in the imports table,
 * the same daily-vs-trades check), `--capital` is stored as the Sizing page stores it (the
 * sizing-page settings record, which `sizewise report` and the app's report read), and the
 * bytes are written with the app's atomic writer (electron/main/atomic-write). An existing
 * file is not replaced without --force. A daily log that does not match the trade log is
 * kept (as the app allows) and the mismatch is stated on stderr; reports will not use it.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DAILY_MISMATCH_PREFIX } from '../../core/app/usable-daily';
import { DEFAULT_SIZING_SETTINGS, SIZING_SETTINGS_KEY, type SizingSettings } from '../../core/app/sizing-settings';
import { MAX_AMOUNT, NUMBER_HELP, numberFlag, parseCommandArgs, POSITIVE } from '../args';
import { type Command, type CommandOutput, UsageError } from '../command';
import { IMPORT_INPUT, readInput } from '../read-input';

const usage = `usage: sizewise workspace create <out.sizewise> <tradelog.csv> [options] [--json]
  --daily FILE       OptionOmega daily log of the same backtest (checked against the trade log)
  --reporting FILE   OptionOmega reporting log (live fills)
  --bets FILE        prediction-market bet log (kept beside the trade log; any bad row refuses it)
  --capital N        starting capital the Sizing page and the report use, > 0 and ≤ ${MAX_AMOUNT.toExponential()}
                     (default: detected from the logs)
  --force            replace <out.sizewise> if it exists
Builds the same .sizewise file the app saves (same import checks and provenance).
${NUMBER_HELP}
JSON: { file, imports[] { file, format, accepted, rejected, warnings[] }, capital, dailyMismatch }`;

export interface WorkspaceCreateArgs {
  out: string;
  tradeLog: string;
  daily?: string;
  reporting?: string;
  bets?: string;
  capital?: number;
  force: boolean;
}

/** Parses `sizewise workspace create …` (without --json). */
export function parseWorkspaceArgs(args: string[]): WorkspaceCreateArgs {
  const [action, ...rest] = args;
  if (action !== 'create') throw new UsageError(action ? `workspace: unknown action "${action}" (actions: create)` : 'workspace: missing action (sizewise workspace create <out.sizewise> <tradelog.csv>)');
  const { values, positionals } = parseCommandArgs('workspace create', rest, {
    daily: { type: 'string' },
    reporting: { type: 'string' },
    bets: { type: 'string' },
    capital: { type: 'string' },
    force: { type: 'boolean' },
  });
  if (positionals.length < 2) throw new UsageError(`workspace create: missing ${positionals.length === 0 ? '<out.sizewise>' : '<tradelog.csv>'}`);
  if (positionals.length > 2) throw new UsageError(`workspace create: expected <out.sizewise> and one trade log, got ${positionals.length} files`);
  const [out, tradeLog] = positionals;
  if (!out.toLowerCase().endsWith('.sizewise')) throw new UsageError(`workspace create: the output file must end in .sizewise (got ${out})`);
  return {
    out,
    tradeLog,
    daily: values.daily,
    reporting: values.reporting,
    bets: values.bets,
    capital: values.capital === undefined ? undefined : numberFlag('--capital', values.capital, POSITIVE),
    force: values.force ?? false,
  };
}

/** Which detected formats each input accepts. */
const EXPECTED: Record<'trade log' | 'daily log' | 'reporting log' | 'bet log', string[]> = {
  'trade log': ['optionomega-trades', 'generic-trades'],
  'daily log': ['optionomega-daily'],
  'reporting log': ['optionomega-reporting'],
  'bet log': ['bet-log'],
};

interface ImportReport {
  file: string;
  format: string;
  accepted: number;
  rejected: number;
  warnings: string[];
}

async function run(args: string[]): Promise<CommandOutput> {
  const options = parseWorkspaceArgs(args);
  const out = resolve(options.out);
  if (existsSync(out) && !options.force) throw new UsageError(`workspace create: ${options.out} exists (add --force to replace it)`);
  const inputs: { path: string; kind: keyof typeof EXPECTED }[] = [{ path: options.tradeLog, kind: 'trade log' }];
  if (options.daily) inputs.push({ path: options.daily, kind: 'daily log' });
  if (options.reporting) inputs.push({ path: options.reporting, kind: 'reporting log' });
  if (options.bets) inputs.push({ path: options.bets, kind: 'bet log' });
  // Every input is read (size-checked) before anything is built: a bad file leaves no output.
  const bytes = await Promise.all(inputs.map((input) => readInput(input.path, IMPORT_INPUT)));

  const [{ default: initSqlJs }, { DataService }, { writeFileAtomic }] = await Promise.all([
    import('sql.js'),
    import('../../workers/data-service'),
    import('../../electron/main/atomic-write'),
  ]);
  const service = new DataService(await initSqlJs());
  const imports: ImportReport[] = [];
  let dailyMismatch: string | null = null;
  for (const [i, input] of inputs.entries()) {
    const name = basename(input.path);
    const preview = await service.previewImport(name, bytes[i]);
    if (!preview.ok) throw new UsageError(`${name}: ${preview.message}`);
    if (!EXPECTED[input.kind].includes(preview.format)) throw new UsageError(`${name} is an ${preview.format} file, not a ${input.kind}`);
    if (preview.consistency && !preview.consistency.consistent) dailyMismatch = `${DAILY_MISMATCH_PREFIX} ${preview.consistency.problems.join(' ')}`;
    const committed = await service.commitImport(preview.previewId);
    if (!committed.ok) throw new UsageError(`${name}: ${committed.message}`);
    imports.push({ file: name, format: preview.format, accepted: preview.accepted, rejected: preview.rejectedCount, warnings: preview.warnings.map(String) });
  }
  if (options.capital !== undefined) {
    const settings: SizingSettings = { ...DEFAULT_SIZING_SETTINGS, capital: options.capital };
    await service.setSettings(SIZING_SETTINGS_KEY, settings);
  }
  await writeFileAtomic(out, await service.exportWorkspace());
  if (dailyMismatch) process.stderr.write(`sizewise: ${dailyMismatch}\n`);

  const lines = [`wrote ${options.out}`];
  for (const item of imports) lines.push(`  ${item.file}: ${item.format}, ${item.accepted} rows imported${item.rejected ? `, ${item.rejected} rejected` : ''}`);
  if (options.capital !== undefined) lines.push(`  capital: ${options.capital}`);
  if (dailyMismatch) lines.push('  the daily log does not match the trade log: kept in the workspace, not used (see above)');
  return { json: { file: options.out, imports, capital: options.capital ?? null, dailyMismatch }, text: lines.join('\n') };
}

const command: Command = { summary: 'build a .sizewise workspace from a trade log (and daily/reporting/bet logs)', usage, run };
export default command;
