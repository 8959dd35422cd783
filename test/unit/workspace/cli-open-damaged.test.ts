/**
 * Issue 8 item 2, CLI side: `sizewise report` opens a `.sizewise` through the same core/db
 * function as the app, so a workspace with text in a numeric column is refused with the
 * same message (table, row, column) and a failing exit code, instead of a report of
 * "contract counts NaN–NaN".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { damaged, validWorkspace } from './damaged-workspace';

it('refuses a workspace with text in trades.contracts, naming table, row and column', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sizewise-open-'));
  const file = join(dir, 'broken.sizewise');
  writeFileSync(file, await damaged(await validWorkspace(), "UPDATE trades SET contracts = 'garbage' WHERE id = 5"));
  const result = await runCli(['report', file, '--out', join(dir, 'out.pdf')]);
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(
    'sizewise: broken.sizewise: The workspace file cannot be opened: table trades, row 5, column contracts holds text "garbage" where a number is required.\n',
  );
}, 60_000);
