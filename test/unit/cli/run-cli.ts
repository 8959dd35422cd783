/** Runs `node cli/bin/sizewise.js …` from the repository root and collects exit code, stdout and stderr. */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repoRoot, 'cli', 'bin', 'sizewise.js'), ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The same, blocking until the CLI exits. */
export function runCliSync(...args: string[]): CliResult {
  const run = spawnSync(process.execPath, [join(repoRoot, 'cli', 'bin', 'sizewise.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
}
