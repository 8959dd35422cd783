// `sizewise bets` with a candidates file where nothing passes (test/fixtures/bets/README.md):
// exactly one ticket, forced, on Chicago: $2 cap ÷ 0.50 = 4 contracts, stake $2 (by hand);
// Kelly (0.5001 − 0.5)/(1 − 0.5) = 0.0002. On the sample's own candidates no ticket is forced.
// The text output marks the forced ticket and gives the reasons.
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';

const dir = 'test/fixtures/bets';

describe('sizewise bets: the forced ticket', () => {
  it('appears, marked, exactly when nothing else passes', async () => {
    const run = await runCli(['bets', `${dir}/bets-sample.csv`, '--candidates', `${dir}/nothing-passes-candidates.csv`, '--budget', '500', '--cash', '2000', '--json']);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.tickets).toHaveLength(1);
    const [t] = json.tickets;
    expect(t).toMatchObject({ group: 'Chicago', market: 'KXHIGHCHI-25JUN29-B79', side: 'YES', contracts: 4, stake: 2, forced: true });
    expect(t.kelly).toBeCloseTo(0.0002, 12);
    expect(t.reasons.some((r: string) => r.startsWith('Forced: 3 candidates, none placed'))).toBe(true);

    const regular = await runCli(['bets', `${dir}/bets-sample.csv`, '--candidates', `${dir}/bets-candidates.csv`, '--json']);
    expect(JSON.parse(regular.stdout).tickets.every((x: { forced: boolean }) => !x.forced)).toBe(true);
  });

  it('--force-cap 0 turns it off: nothing placed', async () => {
    const run = await runCli(['bets', `${dir}/bets-sample.csv`, '--candidates', `${dir}/nothing-passes-candidates.csv`, '--force-cap', '0', '--json']);
    expect(JSON.parse(run.stdout).tickets).toEqual([]);
  });

  it('text output marks it FORCED and says why', async () => {
    const run = await runCli(['bets', `${dir}/bets-sample.csv`, '--candidates', `${dir}/nothing-passes-candidates.csv`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Run budget $500.00');
    expect(run.stdout).toMatch(/Chicago\s+KXHIGHCHI-25JUN29-B79\s+YES\s+4\s+\$2\.00\s+0\.0002\s+FORCED/);
    expect(run.stdout).toContain('[FORCED] Chicago KXHIGHCHI-25JUN29-B79 YES: 4 contracts, $2.00');
    expect(run.stdout).toContain('No regular bet passed; one forced bet of $2.00');
  });
});
