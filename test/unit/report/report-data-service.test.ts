// DataService.reportModel builds the replay comparison and the Monte Carlo section in the
// data worker: the default scenario set until the workspace has saved replay scenarios,
// then those; Monte Carlo at the sizing capital; both offered in the export dialog.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultReplaySettings } from '../../../core/replay';
import { runReportMonteCarlo } from '../../../core/report';
import type { ReportModelRequest, SizingRequest } from '../../../workers/data-api';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';

const SIZING: SizingRequest = { capital: 50_000, fraction: 0.5, cap: 0.25, multipliers: {}, basis: null, riskBasis: null, marginCeiling: null };
const request: ReportModelRequest = { portfolioName: 'EMA sample', generatedAt: '2025-10-10T08:00:00.000Z', sizing: SIZING };

let service: DataService;

beforeAll(async () => {
  service = new DataService(await loadSqlJs());
  await importSample(service, 'ema-tradelog.csv');
});

async function build(overrides: Partial<ReportModelRequest> = {}) {
  const outcome = await service.reportModel({ ...request, ...overrides });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('DataService.reportModel: replay and Monte Carlo', () => {
  it('offers both sections and runs Monte Carlo at the sizing capital', async () => {
    const { model, choices } = await build();
    expect(choices.map((s) => s.id)).toEqual(['portfolio', 'charts', 'strategies', 'kelly', 'margin', 'targets', 'realism', 'replay', 'montecarlo', 'live', 'allocation', 'warnings']);
    // No reporting log and no saved allocation in this workspace: those sections say why (never dropped).
    expect(choices.filter((s) => s.unavailable !== undefined).map((s) => s.id)).toEqual(['live', 'allocation']);
    const simulated = runReportMonteCarlo(await service.trades(), 50_000);
    if (!simulated.ok) throw new Error(simulated.message);
    const risk = model.sections.find((s) => s.id === 'montecarlo')!.tables[0];
    expect(risk.rows[1]).toEqual(['Median final equity', { value: simulated.value.summary.finalValue.p50, format: 'money' }]);
  });

  it('compares the default set while the workspace has no saved replay scenario', async () => {
    const replay = (await build()).model.sections.find((s) => s.id === 'replay')!;
    // The Sizing recommendation (issue 18 §1: the Sizing section's placeable contracts) first.
    expect(replay.tables[0].rows.map((row) => row[0])).toEqual(['Sizing recommendation', 'As logged', '1 contract', 'Half Kelly', 'Quarter Kelly']);
    expect(replay.tables[0].rows[0][1]).toMatch(/^per strategy: 0DTE CCS - EMA Entry \d+, 0DTE PCS - EMA Entry \d+$/);
    expect(replay.notes[0]).toMatch(/^Scenarios: the default set — As logged \(log\), .* each from 50,000\.00 with no constraints\. .* First, the Sizing recommendation/);
    expect(replay.notes.some((note) => note.includes("Sizing recommendation: the Sizing page's recommendation: 0DTE CCS - EMA Entry"))).toBe(true);
  });

  it('compares the saved replay scenarios once there are some, on the filtered trades', async () => {
    const constraints = { ...defaultReplaySettings(1), startingCapital: null };
    await service.saveScenario('replay', 'Two lots', { name: 'Two lots', rule: { kind: 'fixed', contracts: 2 }, constraints });
    await service.saveScenario('replay', 'As logged', { name: 'As logged', rule: { kind: 'log' }, constraints });
    await service.saveScenario('montecarlo', 'Not a replay', { paths: 5 });
    const replay = (await build({ filter: { strategies: ['0DTE CCS - EMA Entry'] } })).model.sections.find((s) => s.id === 'replay')!;
    expect(replay.tables[0].rows.slice(1).map((row) => [row[0], row[1], row[7]])).toEqual([
      ['Two lots', 'fixed:2', { value: 205, format: 'integer' }],
      ['As logged', 'log', { value: 205, format: 'integer' }],
    ]);
    expect(replay.notes[0]).toBe(
      "Scenarios: the 2 replay scenarios saved in the workspace (a scenario using the log's capital starts from the report's 50,000.00). First, the Sizing recommendation (the Sizing section's placeable contracts, with its margin ceiling).",
    );
  });
});
