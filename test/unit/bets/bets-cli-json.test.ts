// `sizewise bets <sample> --candidates <sample candidates> --json` (issue 12): every field of
// the shape present, budgets summing to the run budget within a dollar and within the
// min/max shares (whole dollars), no forced ticket when regular bets pass, and the printed JSON
// equal to core/app betsRunFromFiles on the same files and options (one use case, one answer).
// Run budget by hand: min($500 cap, 0.25 × $2,000 cash) = $500.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { betsRunFromFiles } from '../../../core/app';
import { repoRoot, runCli } from '../cli/run-cli';

const dir = 'test/fixtures/bets';
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(repoRoot, dir, name))) });

const GROUP_KEYS = ['name', 'bets', 'hitRate', 'posteriorHitRate', 'brier', 'logLoss', 'ece', 'meanPl', 'plSd', 'sharpeLike', 'mae', 'drift', 'score', 'termsUsed', 'budget'];
const TICKET_KEYS = ['group', 'market', 'side', 'contracts', 'stake', 'kelly', 'forced', 'reasons'];

describe('sizewise bets --json on the bundled sample', () => {
  it('the issue shape, budgets, no forced ticket, equal to core/app', async () => {
    const run = await runCli(['bets', `${dir}/bets-sample.csv`, '--candidates', `${dir}/bets-candidates.csv`, '--budget', '500', '--cash', '2000', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['groups', 'runBudget', 'tickets', 'warnings']);
    expect(json.warnings).toEqual([]);
    expect(json.runBudget).toBe(500);
    expect(json.groups.map((g: { name: string }) => g.name)).toEqual(['Austin', 'Chicago', 'Denver', 'Los Angeles', 'Miami', 'New York']);
    for (const g of json.groups) {
      expect(Object.keys(g)).toEqual(GROUP_KEYS);
      expect(Object.keys(g.drift)).toEqual(['flag', 'reason']);
      expect(typeof g.drift.reason).toBe('string');
      expect(g.drift.reason.length).toBeGreaterThan(0);
      expect(g.mae).not.toBeNull(); // the generator writes forecast errors
    }
    // Candidates are in Chicago, Los Angeles, Austin and Miami: only they share the budget.
    const eligible = json.groups.filter((g: { name: string }) => ['Austin', 'Chicago', 'Los Angeles', 'Miami'].includes(g.name));
    const total = eligible.reduce((s: number, g: { budget: number }) => s + g.budget, 0);
    expect(Math.abs(total - 500)).toBeLessThanOrEqual(1);
    for (const g of eligible) {
      expect(Number.isInteger(g.budget)).toBe(true);
      expect(g.budget).toBeGreaterThanOrEqual(0.05 * 500 - 1);
      expect(g.budget).toBeLessThanOrEqual(0.4 * 500 + 1);
    }
    for (const g of json.groups.filter((g: { name: string }) => g.name === 'Denver' || g.name === 'New York')) expect(g.budget).toBe(0);
    expect(json.tickets.length).toBeGreaterThan(0);
    for (const t of json.tickets) {
      expect(Object.keys(t)).toEqual(TICKET_KEYS);
      expect(t.forced).toBe(false);
      expect(Number.isInteger(t.contracts)).toBe(true);
      expect(t.reasons.length).toBeGreaterThan(0);
    }
    // The tickets of a group never spend more than its budget.
    for (const g of eligible) {
      const spent = json.tickets.filter((t: { group: string }) => t.group === g.name).reduce((s: number, t: { stake: number }) => s + t.stake, 0);
      expect(spent).toBeLessThanOrEqual(g.budget + 1e-9);
    }

    const app = await betsRunFromFiles(file('bets-sample.csv'), file('bets-candidates.csv'), { budget: 500, cash: 2000 });
    if (!app.ok) throw new Error(app.message);
    expect(json).toEqual(JSON.parse(JSON.stringify({ ...app.json, warnings: app.warnings })));
  });

  it('defaults: no --budget or --cash means $500 cap and $2,000 cash (same JSON)', async () => {
    const run = await runCli(['bets', `${dir}/bets-sample.csv`, '--candidates', `${dir}/bets-candidates.csv`, '--json']);
    const explicit = await runCli(['bets', `${dir}/bets-sample.csv`, '--candidates', `${dir}/bets-candidates.csv`, '--budget', '500', '--cash', '2000', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(explicit.stdout));
  });

  it('without candidates: budgets only, no tickets; budgets of all six groups sum to the run budget', async () => {
    const run = await runCli(['bets', `${dir}/bets-sample.csv`, '--budget', '300', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.runBudget).toBe(300);
    expect(json.tickets).toEqual([]);
    const total = json.groups.reduce((s: number, g: { budget: number }) => s + g.budget, 0);
    expect(Math.abs(total - 300)).toBeLessThanOrEqual(1);
    for (const g of json.groups) {
      expect(g.budget).toBeGreaterThanOrEqual(0.05 * 300 - 1);
      expect(g.budget).toBeLessThanOrEqual(0.4 * 300 + 1);
    }
  });
});
