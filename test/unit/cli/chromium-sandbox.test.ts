// The report's Chromium runs in its sandbox where the platform allows it (issue 8 item 15, CLI
// part: it was always launched with --no-sandbox). Root on Linux (CI) and a system without a
// working sandbox fall back to --no-sandbox, saying so in one line.
import { describe, expect, it } from 'vitest';
import { decideSandbox, isSandboxFailure, launchWithSandbox, ROOT_REASON } from '../../../cli/pdf/chromium-sandbox';
import { CHROMIUM_ARGS } from '../../../cli/pdf/print-report';

describe('decideSandbox', () => {
  it('uses the sandbox for a normal user on Linux, macOS and Windows', () => {
    expect(decideSandbox({ platform: 'linux', uid: 1000 })).toEqual({ sandbox: true });
    expect(decideSandbox({ platform: 'darwin', uid: 501 })).toEqual({ sandbox: true });
    expect(decideSandbox({ platform: 'darwin', uid: 0 })).toEqual({ sandbox: true });
    expect(decideSandbox({ platform: 'win32', uid: undefined })).toEqual({ sandbox: true });
  });
  it('goes without it as root on Linux, with the reason', () => {
    expect(decideSandbox({ platform: 'linux', uid: 0 })).toEqual({ sandbox: false, reason: ROOT_REASON });
  });
});

describe('the launch switches', () => {
  it('never contain --no-sandbox by default', () => {
    expect(CHROMIUM_ARGS).not.toContain('--no-sandbox');
  });
});

describe('launchWithSandbox', () => {
  it('launches sandboxed and says nothing when the sandbox works', async () => {
    const calls: boolean[] = [];
    const notes: string[] = [];
    const result = await launchWithSandbox(async (sandbox) => (calls.push(sandbox), 'browser'), { platform: 'linux', uid: 1000 }, (l) => notes.push(l));
    expect(result).toBe('browser');
    expect(calls).toEqual([true]);
    expect(notes).toEqual([]);
  });

  it('as root: one launch without the sandbox and one line saying so', async () => {
    const calls: boolean[] = [];
    const notes: string[] = [];
    await launchWithSandbox(async (sandbox) => (calls.push(sandbox), 'browser'), { platform: 'linux', uid: 0 }, (l) => notes.push(l));
    expect(calls).toEqual([false]);
    expect(notes).toEqual([ROOT_REASON]);
  });

  it('retries without the sandbox only when the sandbox failed, with one line', async () => {
    const calls: boolean[] = [];
    const notes: string[] = [];
    const launch = async (sandbox: boolean) => {
      calls.push(sandbox);
      if (sandbox) throw new Error('browserType.launch: Target closed\n[err] No usable sandbox! Update your kernel or see docs');
      return 'browser';
    };
    expect(await launchWithSandbox(launch, { platform: 'linux', uid: 1000 }, (l) => notes.push(l))).toBe('browser');
    expect(calls).toEqual([true, false]);
    expect(notes).toEqual(["Chromium's sandbox is unavailable on this system ([err] No usable sandbox! Update your kernel or see docs): printing the report without it (--no-sandbox)"]);
  });

  it('passes any other launch failure on, without a retry', async () => {
    const calls: boolean[] = [];
    const launch = async (sandbox: boolean): Promise<string> => {
      calls.push(sandbox);
      throw new Error('spawn /nowhere/chromium ENOENT');
    };
    await expect(launchWithSandbox(launch, { platform: 'linux', uid: 1000 }, () => {})).rejects.toThrow('ENOENT');
    expect(calls).toEqual([true]);
  });

  it('recognises sandbox failures', () => {
    expect(isSandboxFailure(new Error('Failed to move to new namespace: PID namespaces supported, Network namespace supported, but failed: errno = Operation not permitted'))).toBe(true);
    expect(isSandboxFailure(new Error('The SUID sandbox helper binary was found, but is not configured correctly'))).toBe(true);
    expect(isSandboxFailure(new Error('Timeout 30000ms exceeded'))).toBe(false);
  });
});
