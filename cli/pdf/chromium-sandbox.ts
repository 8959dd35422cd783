/**
 * Whether the report's Chromium runs in its sandbox. The page shows content derived from the
 * user's files, so the sandbox is used wherever the platform allows it. Two cases cannot:
 * running as root on Linux (Chromium refuses to start its sandbox as root; CI containers run
 * as root) and a system where the sandbox is unavailable (no user namespaces, no setuid
 * helper) — there the browser fails to launch with a sandbox error and the launch is retried
 * without it. Either way one line says so (on stderr in the CLI).
 */

export interface SandboxContext {
  platform: NodeJS.Platform;
  /** process.getuid() where it exists (POSIX), else undefined (Windows). */
  uid: number | undefined;
}

export type SandboxDecision = { sandbox: true } | { sandbox: false; reason: string };

export const ROOT_REASON = 'running as root, where Chromium cannot start its sandbox: printing the report without it (--no-sandbox)';

/** The first choice before any launch: the sandbox, except for root on Linux. */
export function decideSandbox({ platform, uid }: SandboxContext): SandboxDecision {
  if (platform === 'linux' && uid === 0) return { sandbox: false, reason: ROOT_REASON };
  return { sandbox: true };
}

/** True when a launch failed because the sandbox could not start (then a retry without it is allowed). */
export function isSandboxFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /sandbox|namespace|setuid|zygote/i.test(message);
}

export function currentSandboxContext(): SandboxContext {
  return { platform: process.platform, uid: typeof process.getuid === 'function' ? process.getuid() : undefined };
}

/**
 * Launches with the sandbox when the decision allows it; when the sandboxed launch fails for
 * a sandbox reason, launches once more without it. `note` gets one line whenever the report
 * is printed without the sandbox. Any other launch failure is passed on.
 */
export async function launchWithSandbox<B>(launch: (sandbox: boolean) => Promise<B>, context: SandboxContext, note: (line: string) => void): Promise<B> {
  const decision = decideSandbox(context);
  if (!decision.sandbox) {
    note(decision.reason);
    return launch(false);
  }
  try {
    return await launch(true);
  } catch (error) {
    if (!isSandboxFailure(error)) throw error;
    const detail = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => /sandbox|namespace|setuid|zygote/i.test(line))?.trim();
    note(`Chromium's sandbox is unavailable on this system${detail ? ` (${detail.slice(0, 120)})` : ''}: printing the report without it (--no-sandbox)`);
    return launch(false);
  }
}
