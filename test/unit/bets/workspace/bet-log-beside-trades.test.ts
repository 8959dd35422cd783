/**
 * Issue 12: a bet log never replaces the trade log (and the other way round). Importing the
 * bet log with "replace" replaces only the previous bet log; importing the trade log with
 * "replace" leaves the bets. The import dialog's preview names the format and the groups.
 */
import { expect, it } from 'vitest';
import { importBetSample, importSample } from '../../support/data-service';
import { fixtureBytes } from '../../support/fixtures';
import { newService } from '../../workspace/damaged-workspace';

it('bets and trades live side by side; each replace stays in its own kind', async () => {
  const service = await newService();
  await importSample(service, 'ema-tradelog.csv');
  const preview = await service.previewImport('bets-sample.csv', fixtureBytes('bets/bets-sample.csv'));
  if (!preview.ok) throw new Error(preview.message);
  expect(preview).toMatchObject({ format: 'bet-log', totalRows: 1253, accepted: 1253, rejectedCount: 0, strategies: ['Austin', 'Chicago', 'Denver', 'Los Angeles', 'Miami', 'New York'], firstDate: '2025-03-01', lastDate: '2025-06-28' });
  const committed = await service.commitImport(preview.previewId, { replace: true });
  if (!committed.ok) throw new Error(committed.message);
  expect(committed.summary).toMatchObject({ trades: 384, betRows: 1253 });

  // The cents file replaces the bet log only.
  expect(await importBetSample(service, 'cents-prices.csv', { replace: true })).toMatchObject({ trades: 384, betRows: 40 });
  // The trade log replaced: bets stay.
  expect(await importSample(service, 'ema-tradelog.csv', { replace: true })).toMatchObject({ trades: 384, betRows: 40 });
  // Without replace a second bet log is added; the same content twice is refused.
  expect(await importBetSample(service, 'bets-sample.csv')).toMatchObject({ betRows: 1293 });
  const duplicate = await service.previewImport('copy.csv', fixtureBytes('bets/bets-sample.csv'));
  if (!duplicate.ok) throw new Error(duplicate.message);
  const refused = await service.commitImport(duplicate.previewId);
  expect(refused).toMatchObject({ ok: false, code: 'duplicate-import' });
  expect((await service.summary()).betRows).toBe(1293);
});
