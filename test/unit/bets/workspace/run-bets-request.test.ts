/**
 * The data worker's bets run refuses what it cannot compute, with the field or the row named:
 * options out of range (field errors under the page's fields), a workspace without a bet log,
 * a candidates paste with a bad row (line, column, reason; nothing sized), a malformed request
 * at the worker boundary. Messages written from the options' rules in docs/conventions.md.
 */
import { expect, it, vi } from 'vitest';
import type { DataApi } from '../../../../workers/data-api';
import { validatedDataApi } from '../../../../workers/data-requests';
import { importBetSample } from '../../support/data-service';
import { newService } from '../../workspace/damaged-workspace';

const text = (s: string) => new TextEncoder().encode(s);

it('refuses options out of range, naming the fields', async () => {
  const service = await newService();
  await importBetSample(service, 'cents-prices.csv');
  const noBudget = await service.runBets({ budget: null, cash: null });
  expect(noBudget).toMatchObject({ ok: false, code: 'invalid-input', errors: [{ field: 'budget', message: 'Give a budget cap or the available cash (or both).' }] });
  const bounds = await service.runBets({ budget: 500, min: 0.3, max: 0.2 });
  expect(bounds.ok).toBe(false);
  if (!bounds.ok) expect(bounds.errors?.map((e) => e.field)).toEqual(['max']);
});

it('says when the workspace has no bet log', async () => {
  const service = await newService();
  const run = await service.runBets({ budget: 500 });
  expect(run).toMatchObject({ ok: false, message: expect.stringMatching(/^The workspace has no bet log: import one first/) });
});

it('refuses a candidates paste with a bad row, naming line and column', async () => {
  const service = await newService();
  await importBetSample(service, 'cents-prices.csv');
  const run = await service.runBets({ budget: 500, cash: 2000 }, { name: 'pasted candidates', bytes: text('group,market,side,p_model,price,available_contracts\nChicago,X,YES,0.6,0.5,10\nMiami,Y,MAYBE,0.6,0.5,10\n') });
  expect(run.ok).toBe(false);
  if (!run.ok) expect(run.message).toMatch(/^pasted candidates: 1 of 2 rows rejected, nothing imported .*line 3, column "side"/);
});

it('refuses a malformed request at the worker boundary', async () => {
  const runBets = vi.fn();
  const api = validatedDataApi({ runBets } as unknown as DataApi);
  const outcome = await api.runBets({ budget: 500 }, { name: 'c.csv', bytes: 'not bytes' } as never);
  expect(outcome).toMatchObject({ ok: false, code: 'invalid-input' });
  expect(runBets).not.toHaveBeenCalled();
});
