/**
 * `sizewise <command> [options]` — the headless CLI over the same core as the app.
 * JSON to stdout with `--json`, readable tables otherwise; bad input gives a one-line
 * error on stderr and a non-zero exit. The process is never ended with `process.exit`: that
 * drops whatever a pipe has not taken yet (output cut at 64 KiB). Output is written, its
 * flush awaited, the exit code set, and the process ends when nothing is left to do.
 */
import { type Command, UsageError } from './command';

const commands: Record<string, () => Promise<{ default: Command }>> = {
  stats: () => import('./commands/stats'),
  replay: () => import('./commands/replay'),
  montecarlo: () => import('./commands/montecarlo'),
  kelly: () => import('./commands/kelly'),
  size: () => import('./commands/size'),
  realism: () => import('./commands/realism'),
  report: () => import('./commands/report'),
  workspace: () => import('./commands/workspace'),
  compare: () => import('./commands/compare'),
  allocate: () => import('./commands/allocate'),
  correlation: () => import('./commands/correlation'),
  bets: () => import('./commands/bets'),
  'learn-allocator': () => import('./commands/learn-allocator'),
  vix: () => import('./commands/vix'),
};

/** Writes text to a stream and resolves once the stream has handed it to the OS (a pipe included). */
function writeAll(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}

function printHelp(): Promise<void> {
  const names = Object.keys(commands).join(', ');
  return writeAll(process.stdout, `usage: sizewise <command> [options] [--json]\ncommands: ${names}\nsizewise <command> --help for a command's options\n`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    await printHelp();
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(commands).join(', ')})`);
  const command = (await load()).default;
  if (rest.includes('--help') || rest.includes('-h')) {
    await writeAll(process.stdout, `${command.usage}\n`);
    return 0;
  }
  const json = rest.includes('--json');
  const output = await command.run(rest.filter((a) => a !== '--json'));
  // Loaded here, not at start-up: cli/output brings the Intl formatters (ICU data), which
  // `sizewise --help` does not need.
  const { assertFinite } = await import('./output');
  assertFinite(output.json);
  await writeAll(process.stdout, json ? `${JSON.stringify(output.json, null, 2)}\n` : `${output.text}\n`);
  return 0;
}

/**
 * Once everything is written and flushed: if a handle some library left open (a worker, a
 * socket) keeps the process alive, end it after a grace period. The timer is unref'd, so a
 * process with nothing left to do ends at once without it.
 */
function endSoon(): void {
  setTimeout(() => process.exit(), 2000).unref();
}

main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    async (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.exitCode = error instanceof UsageError ? 2 : 1;
      await writeAll(process.stderr, `sizewise: ${message.split('\n')[0]}\n`);
    },
  )
  .then(endSoon);
