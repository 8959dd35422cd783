// `sizewise stats --daily daily.csv` without a trade log (issue 17): the EMA daily log alone
// gives the portfolio curve figures — start 100,000 (100,756 − 756), final 119,735, max
// drawdown 0.128921, Sharpe 1.22224, CAGR 0.265909, Calmar 2.06257 (SPEC §2 reference; EMA is
// 0DTE so its Net Liquidity is the closed-trade curve) — and says what needs the trade log.
// Flags that need trades are refused by name.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const DAILY = 'test/fixtures/optionomega/ema-dailylog.csv';

describe('sizewise stats --daily without a trade log', () => {
  it('--json: the curve figures, no strategies, what is missing', async () => {
    const result = await runCli(['stats', '--daily', DAILY, '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect([out.portfolio.startingCapital, out.portfolio.finalNetLiquidity, out.portfolio.firstDate, out.portfolio.lastDate]).toEqual([100000, 119735, '2025-01-02', '2025-10-08']);
    expect(out.portfolio.maxDrawdown).toBeCloseTo(0.128921, 6);
    expect(out.portfolio.sharpe).toBeCloseTo(1.22224, 5);
    expect(out.portfolio.cagr).toBeCloseTo(0.265909, 6);
    expect(out.portfolio.calmar).toBeCloseTo(2.06257, 5);
    expect(out.strategies).toEqual([]);
    expect(out.conventions.drawdownSource).toBe('daily-log');
    expect(out.conventions.riskFree).toEqual({ kind: 'fixed', annualRate: 0 });
    expect(out.conventions.missing).toMatch(/^No trade log: .*Kelly, per-strategy figures/);
  });

  it('text: the figures and the missing statement', async () => {
    const result = await runCli(['stats', '--daily', DAILY]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Max drawdown');
    expect(result.stdout).toContain('marked-to-market (daily log)');
    expect(result.stdout).toContain('No trade log: ');
  });

  it('refuses flags that need the trade log', async () => {
    const result = await runCli(['stats', '--daily', DAILY, '--strategy', 'X']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--strategy: needs a trade log');
  });
});
