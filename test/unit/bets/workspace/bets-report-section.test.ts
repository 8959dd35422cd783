/**
 * Issue 12, report: the bets section appears only when the workspace holds a bet log. It
 * prints the latest saved run re-run over the stored bets (the hand-worked nothing-passes
 * candidates of test/fixtures/bets/README.md: one ticket, Chicago YES 4 contracts $2.00,
 * FORCED), the group table with every group, and the drift sentences; without a saved run it
 * says it used the default options. A trade-only workspace's report has no bets section and
 * the export dialog does not offer it; asked for by id it prints its reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModelRequest } from '../../../../workers/data-api';
import type { DataService } from '../../../../workers/data-service';
import { importBetSample, importSample } from '../../support/data-service';
import { fixtureBytes } from '../../support/fixtures';
import { newService } from '../../workspace/damaged-workspace';

const request: ReportModelRequest = { portfolioName: 'Sample', generatedAt: '2025-10-10T08:00:00.000Z', sections: undefined };

let service: DataService;
beforeAll(async () => {
  service = await newService();
  await importSample(service, 'ema-tradelog.csv');
});

async function report(sections?: string[]) {
  const outcome = await service.reportModel({ ...request, sections });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('the bets report section', () => {
  it('is left out of a trade-only workspace, and says why when asked for', async () => {
    const { model, choices } = await report();
    expect(model.sections.map((s) => s.id)).not.toContain('bets');
    expect(choices.map((c) => c.id)).not.toContain('bets');
    const asked = await report(['bets']);
    expect(asked.model.sections).toEqual([expect.objectContaining({ id: 'bets', omitted: expect.stringContaining('no bet log in the workspace') })]);
  });

  it('prints the default run without a saved one, then the latest saved run with its forced ticket', async () => {
    await importBetSample(service);
    let bets = (await report()).model.sections.find((s) => s.id === 'bets')!;
    expect(bets.omitted).toBeUndefined();
    expect(bets.notes[0]).toMatch(/^Run: default options \(\$500 cap, \$2,000 cash\) without candidates/);
    const groups = bets.tables.find((t) => t.id === 'bets-groups')!;
    expect(groups.rows.map((r) => r[0])).toEqual(['Austin', 'Chicago', 'Denver', 'Los Angeles', 'Miami', 'New York']);
    expect(bets.tables.find((t) => t.id === 'bets-tickets')!.rows).toEqual([]);
    expect(bets.notes.some((n) => /^Miami has been off by \d+\.\d lately/.test(n))).toBe(true);

    const saved = await service.saveBetRun('Nothing passes', { budget: 500, cash: 2000 }, { name: 'nothing-passes-candidates.csv', bytes: fixtureBytes('bets/nothing-passes-candidates.csv') });
    expect(saved.ok).toBe(true);
    bets = (await report()).model.sections.find((s) => s.id === 'bets')!;
    expect(bets.notes[0]).toMatch(/^Run: the latest saved run "Nothing passes" \(saved .* candidates nothing-passes-candidates\.csv\)/);
    const tickets = bets.tables.find((t) => t.id === 'bets-tickets')!;
    expect(tickets.rows).toHaveLength(1);
    const [row] = tickets.rows;
    expect([row[0], row[1], row[2], row[7], row[8], row[9]]).toEqual(['Chicago', 'KXHIGHCHI-25JUN29-B79', 'YES', { value: 4, format: 'integer' }, { value: 2, format: 'money' }, 'FORCED']);
    expect(bets.charts[0].series).toHaveLength(6);
    // The saved run itself keeps the ticket marked forced.
    const [run] = await service.listBetRuns();
    expect(run.name).toBe('Nothing passes');
    expect((run.value as { json: { tickets: { forced: boolean; contracts: number }[] } }).json.tickets).toEqual([expect.objectContaining({ forced: true, contracts: 4 })]);
  });
});
