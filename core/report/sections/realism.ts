/**
 * Report section: is the edge real? Probabilistic and Deflated Sharpe and the minimum track
 * record length of the portfolio's daily returns (core/realism, SPEC-metrics §4), with the verdict.
 */
import { riskFreeStatement } from '../../format/conventions';
import { decimal, integer, percent } from '../cells';
import { nullNotes } from '../null-notes';
import { defineSection } from '../section';
import type { ReportCell } from '../types';

export const realismSection = defineSection({
  id: 'realism',
  title: 'Edge realism',
  description: 'Probabilistic and Deflated Sharpe, minimum track record, verdict',
  isAvailable: (input) => input.realism !== undefined,
  unavailableReason: () => 'edge realism was not computed for this report',
  build: ({ realism }) => {
    const r = realism!;
    const rows: [string, ReportCell][] = [
      ['Daily returns', integer(r.n)],
      ['Sharpe (annualized)', decimal(r.sharpeAnnualized)],
      ['Sharpe 95% interval', r.sharpeInterval ? `${r.sharpeInterval.low.toFixed(2)} to ${r.sharpeInterval.high.toFixed(2)}` : null],
      ['Skew', decimal(r.skew)],
      ['Kurtosis (normal = 3)', decimal(r.kurtosis)],
      ['Probabilistic Sharpe P(SR > 0)', percent(r.psr)],
      [`Deflated Sharpe (${r.trials} trial${r.trials === 1 ? '' : 's'})`, percent(r.dsr)],
      ['Minimum track record (business days)', integer(r.minTrackRecordPeriods)],
    ];
    return {
      tables: [{ id: 'realism', title: 'Edge realism of the daily returns', columns: [{ label: 'Measure', align: 'left' }, { label: 'Value', align: 'right' }], rows }],
      charts: [],
      notes: [
        r.verdict,
        `Sharpe, PSR, DSR and MinTRL of the excess returns r − rf (the statistics' Sharpe): ${riskFreeStatement(r.riskFree)}.`,
        ...nullNotes(r.nullReasons, {
          sharpeAnnualized: 'Sharpe',
          sharpeInterval: 'Sharpe 95% interval',
          skew: 'Skew',
          kurtosis: 'Kurtosis',
          psr: 'Probabilistic Sharpe',
          dsr: 'Deflated Sharpe',
          minTrackRecord: 'Minimum track record',
        }),
      ],
    };
  },
  conventions: () => [
    'PSR = Φ[(SR − 0)·√(n − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4·SR²)] on the per-day Sharpe; DSR tests against SR₀, the best Sharpe of N luck-only trials (variance across trials 1/(n − 1)); MinTRL = business days needed for 95% confidence, rounded up.',
  ],
});
