/**
 * Issue 12: a bet log with any bad row is refused as a whole, the message naming line,
 * column and reason (test/fixtures/bets/bad-rows.csv: line 4 price "abc"; line 8 pl 45.3
 * where 100·(1 − 0.59) − 1.70 = 39.30, off by more than a cent); nothing reaches the workspace.
 * A price column in cents is read as cents and said so, in the stored import and in every run.
 */
import { expect, it } from 'vitest';
import { importBetSample } from '../../support/data-service';
import { fixtureBytes } from '../../support/fixtures';
import { newService } from '../../workspace/damaged-workspace';

it('refuses a bet log with bad rows, naming them, and leaves the workspace as it was', async () => {
  const service = await newService();
  const before = await service.exportWorkspace();
  const preview = await service.previewImport('bad-rows.csv', fixtureBytes('bets/bad-rows.csv'));
  if (!preview.ok) throw new Error(preview.message);
  expect(preview.format).toBe('bet-log');
  expect(preview.rejectedCount).toBe(2);
  expect(preview.rejected.map((r) => [r.row, r.column])).toEqual([
    [4, 'price'],
    [8, 'pl'],
  ]);
  expect(preview.warnings[0]).toMatch(/^bad-rows\.csv: 2 of 11 rows rejected, nothing imported/);
  const committed = await service.commitImport(preview.previewId);
  expect(committed.ok).toBe(false);
  if (committed.ok) return;
  expect(committed.code).toBe('rejected-rows');
  expect(committed.message).toContain('line 4, column "price"');
  expect(committed.message).toContain('line 8, column "pl"');
  expect((await service.summary()).betRows).toBe(0);
  expect(await service.exportWorkspace()).toEqual(before);
});

it('says that a price column was read in cents, in the bet log and in each run', async () => {
  const service = await newService();
  await importBetSample(service, 'cents-prices.csv');
  const log = await service.betLog();
  expect(log.warnings.some((w) => /"price" is in cents/.test(w))).toBe(true);
  const run = await service.runBets({ budget: 500, cash: 2000 });
  if (!run.ok) throw new Error(run.message);
  expect(run.warnings.some((w) => w.startsWith('cents-prices.csv: ') && /in cents/.test(w))).toBe(true);
  // The 18-cent first bet is stored at $0.18: the same run as the dollar file's up to 2025-03-04 (the cents file stops inside 2025-03-05).
  const dollars = await newService();
  await importBetSample(dollars, 'bets-sample.csv');
  const sample = await dollars.runBets({ budget: 500, cash: 2000, asOf: '2025-03-04' });
  const cents = await service.runBets({ budget: 500, cash: 2000, asOf: '2025-03-04' });
  if (!sample.ok || !cents.ok) throw new Error('run failed');
  expect(cents.json).toEqual(sample.json);
});

it('recognises an exchange layout by its guessed mapping and remembers the mapping', async () => {
  const service = await newService();
  const summary = await importBetSample(service, 'exchange-layout.csv');
  expect(summary.betRows).toBe(30);
  const log = await service.betLog();
  expect(log.groups).toEqual(['Austin', 'Chicago', 'Los Angeles', 'Miami', 'New York']);
  const saved = await newService();
  const opened = await saved.openWorkspace(await service.exportWorkspace());
  if (!opened.ok) throw new Error(opened.message);
  const preview = await saved.previewBetLog('exchange-layout.csv', fixtureBytes('bets/exchange-layout.csv'));
  if (!preview.ok) throw new Error(preview.message);
  expect(preview.mapping).toMatchObject({ date: 'settled_date', group: 'series', market: 'ticker', pModel: 'model_prob', price: 'avg_price', contracts: 'count', fees: 'fee', outcome: 'result', pl: 'profit' });
});
