// `sizewise stats` of a hand-made log going below zero (start 1,000 from Funds at Close; P/L +200,
// −700, −600, +300, +900): the text says RUINED with the date and why CAGR/Sharpe/Sortino/Calmar
// are "—"; the JSON carries ruin and nullReasons.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliSync } from './run-cli';

const HEADER =
  '"Date Opened","Time Opened","Opening Price","Legs","Premium","Closing Price","Date Closed","Time Closed","Avg. Closing Cost","Reason For Close","P/L","No. of Contracts","Funds at Close","Margin Req.","Strategy","Opening Commissions + Fees","Closing Commissions + Fees","Opening Short/Long Ratio","Closing Short/Long Ratio","Gap","Movement","Max Profit","Max Loss"';
const rows = [
  ['2025-01-06', 200, 1200],
  ['2025-01-07', -700, 500],
  ['2025-01-08', -600, -100],
  ['2025-01-09', 300, 200],
  ['2025-01-10', 900, 1100],
].map(([day, pl, funds]) => `"${day}","10:00:00",100,"x",100,1,"${day}","15:00:00",0,"Expired",${pl},1,${funds},100,"A",0,0,1,1,0,0,100,-100`);
const file = join(mkdtempSync(join(tmpdir(), 'sizewise-ruin-')), 'ruin.csv');
writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
const RUINED = 'ruined on 2025-01-08: equity fell to -100.00';

describe('sizewise stats of a ruined log', () => {
  it('text: the ruin row and the reason beside every "—"', () => {
    const run = runCliSync('stats', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^RUINED {14}on 2025-01-08: equity -100\.00 \(≤ 0\); the curve stops there$/m);
    expect(run.stdout).toMatch(new RegExp(`^CAGR {16}— \\(${RUINED}\\)$`, 'm'));
    expect(run.stdout).toMatch(/^Max drawdown {8}max drawdown 100.0% on closed trades/m);
    expect(run.stdout).toContain(`A: — CAGR, Sharpe: ${RUINED}.`);
  });

  it('JSON: ruin and nullReasons', () => {
    const out = JSON.parse(runCliSync('stats', file, '--json').stdout);
    expect(out.portfolio.ruin).toEqual({ date: '2025-01-08', equity: -100 });
    expect(out.portfolio.maxDrawdown).toBe(1);
    expect(out.portfolio.nullReasons).toEqual({ cagr: RUINED, sharpe: RUINED, sortino: RUINED, calmar: RUINED });
    expect(out.strategies[0].ruin).toEqual({ date: '2025-01-08', equity: -100 });
  });
});
