/**
 * `sizewise <command> [options]` — the headless CLI over the same core as the app.
 * JSON to stdout with `--json`, readable tables otherwise; bad input gives a one-line
 * error on stderr and a non-zero exit.
 */
import { type Command, UsageError } from './command';
import { assertFinite } from './output';

const commands: Record<string, () => Promise<{ default: Command }>> = {
  stats: () => import('./commands/stats'),
  replay: () => import('./commands/replay'),
  montecarlo: () => import('./commands/montecarlo'),
  kelly: () => import('./commands/kelly'),
  size: () => import('./commands/size'),
  realism: () => import('./commands/realism'),
  report: () => import('./commands/report'),
};

function printHelp(): void {
  const names = Object.keys(commands).join(', ');
  process.stdout.write(`usage: sizewise <command> [options] [--json]\ncommands: ${names}\nsizewise <command> --help for a command's options\n`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    printHelp();
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(commands).join(', ')})`);
  const command = (await load()).default;
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  const json = rest.includes('--json');
  const output = await command.run(rest.filter((a) => a !== '--json'));
  assertFinite(output.json);
  // Wait until the text is flushed: process.exit right after a large write to a pipe cuts it short.
  await new Promise<void>((done) => process.stdout.write(json ? `${JSON.stringify(output.json, null, 2)}\n` : `${output.text}\n`, () => done()));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sizewise: ${message.split('\n')[0]}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
