// Every null realism figure carries its reason: a losing series has no minimum track record
// (no length makes a negative Sharpe significant), and a single return has no Sharpe at all.
import { describe, expect, it } from 'vitest';
import { assessRealism } from '../../../core/realism';

describe('realism null reasons', () => {
  it('mean −0.00375 < 0: MinTRL is null because the Sharpe ratio is not above 0', () => {
    const r = assessRealism([-0.01, 0.005, -0.02, 0.01]);
    expect(r.sharpe).toBeLessThan(0);
    expect(r.minTrackRecord).toBeNull();
    expect(r.nullReasons).toEqual({ minTrackRecord: 'the Sharpe ratio is not above 0: no track record length makes it significant' });
  });

  it('one return: Sharpe, its interval, PSR, DSR, SR₀, MinTRL, skew and kurtosis say why', () => {
    const r = assessRealism([0.01]);
    const reason = 'only 1 return: a Sharpe ratio needs at least two';
    expect(r.nullReasons).toEqual({
      sharpe: reason,
      sharpeAnnualized: reason,
      sharpeInterval: reason,
      psr: reason,
      sr0: reason,
      dsr: reason,
      minTrackRecord: reason,
      skew: reason,
      kurtosis: reason,
    });
    expect(r.warnings).toEqual(['Only 1 return: a Sharpe ratio needs at least two.']);
  });
});
