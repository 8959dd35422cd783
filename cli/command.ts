/**
 * What every CLI command implements, and the error type that turns into a one-line message
 * with a non-zero exit code.
 */

/** A result printed as JSON with `--json`, or as the human text otherwise. */
export interface CommandOutput {
  json: unknown;
  text: string;
}

export interface Command {
  /** One line shown by `sizewise --help`. */
  summary: string;
  /** Usage text shown by `sizewise <command> --help`. */
  usage: string;
  run(args: string[]): Promise<CommandOutput>;
}

/** Bad input from the user: printed as one line, exit code 2. */
export class UsageError extends Error {}
