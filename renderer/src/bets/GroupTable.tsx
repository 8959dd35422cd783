/**
 * The Bets page's group table: one row per group (city, event series). Budget and drift flag
 * come first (what the trader acts on), then the window's bets, hit rate, posterior hit rate
 * with its credible interval, Brier (reliability, resolution), log loss, ECE, mean P/L,
 * Sharpe-like, MAE, the score and its terms. Every number comes from the worker's analysis
 * (core/bets); a null shows "—" with the metric's reason. Many groups: the table scrolls
 * inside its frame with a sticky header and the group column keeps its name in a tooltip.
 */
import type { BetsGroup } from '../../../core/bets';
import { formatDigits, formatText } from '../../../core/format/number';
import { Value } from '../components/Value';

const TERM_LABEL: Record<string, string> = { mae: 'MAE', hitRate: 'hit rate', sharpe: 'Sharpe', calibration: 'calibration' };

function termsText(g: BetsGroup): string {
  const used = g.score.terms.map((t) => `${TERM_LABEL[t.name] ?? t.name} ×${t.factor.toFixed(3)}`);
  return used.length ? used.join(', ') : '—';
}

function termsTip(g: BetsGroup): string {
  return [...g.score.terms.map((t) => t.text), ...g.score.dropped.map((d) => `${TERM_LABEL[d.name] ?? d.name} dropped: ${d.reason}`)].join('\n');
}

export function GroupTable({ groups }: { groups: BetsGroup[] }) {
  return (
    <div className="table-scroll bets-group-scroll">
      <table className="data-table compact bets-group-table" data-testid="bets-groups">
        <thead>
          <tr>
            <th>Group</th>
            <th className="numeric" title="Whole dollars of today's run budget">Budget</th>
            <th title="Recent window worse than the group's earlier history (one-sided Welch tests, Bonferroni)">Drift</th>
            <th className="numeric" title="Settled bets in the rolling window (all history in brackets)">Bets</th>
            <th className="numeric" title="Wins ÷ bets in the window">Hit rate</th>
            <th className="numeric" title="EWMA-weighted Beta-Binomial posterior mean (a + wins)/(a + b + n), with the 90% credible interval">Posterior (90% CI)</th>
            <th className="numeric" title="mean (p − outcome)²; reliability / resolution from 10 probability bins (lower reliability is better calibrated)">Brier (rel / res)</th>
            <th className="numeric" title="mean −ln p of the outcome, p clipped to [1e-15, 1 − 1e-15]">Log loss</th>
            <th className="numeric" title="Expected calibration error: Σ bins n/N · |observed − mean predicted|">ECE</th>
            <th className="numeric" title="Mean realized P/L per bet in the window, net of fees">Mean P/L</th>
            <th className="numeric" title="mean / (sd + ε) of the per-bet P/L">Sharpe-like</th>
            <th className="numeric" title="Mean |forecast error| in the window (the log's unit)">MAE</th>
            <th className="numeric" title="SPEC §6 score: the product of the terms used">Score</th>
            <th title="Score terms used and their factors; hover for each term's inputs and the dropped terms">Terms</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const m = g.metrics;
            const why = (key: string) => m.unavailable[key];
            return (
              <tr key={g.name} data-group={g.name} className={m.drift.flag ? 'bets-drifting' : undefined}>
                <td className="bets-group-name" title={g.name}>
                  {g.name}
                </td>
                <td className="numeric" title={g.budgetReason} data-testid="group-budget">
                  {g.eligible ? formatText(g.budget, 'money') : <span className="muted">—</span>}
                </td>
                <td title={m.drift.reason}>{m.drift.flag ? <strong className="value-negative">Drift</strong> : m.drift.tests.length === 0 ? <span className="muted">not tested</span> : 'Stable'}</td>
                <td className="numeric">
                  {formatText(m.bets, 'count')} <span className="muted">({formatText(m.totalBets, 'count')})</span>
                </td>
                <td className="numeric">
                  <Value value={m.hitRate} kind="percent" nullReason={why('hitRate')} />
                </td>
                <td className="numeric">
                  {formatDigits(m.weightedPosterior.mean, 'percent', 1)}{' '}
                  <span className="muted">
                    ({formatDigits(m.weightedPosterior.lower, 'percent', 1)}–{formatDigits(m.weightedPosterior.upper, 'percent', 1)})
                  </span>
                </td>
                <td className="numeric">
                  {m.brier ? (
                    <>
                      {formatDigits(m.brier.brier, 'ratio', 4)}{' '}
                      <span className="muted">
                        ({formatDigits(m.brier.reliability, 'ratio', 4)} / {formatDigits(m.brier.resolution, 'ratio', 4)})
                      </span>
                    </>
                  ) : (
                    <Value value={null} kind="ratio" nullReason={why('brier')} />
                  )}
                </td>
                <td className="numeric">{m.logLoss === null ? <Value value={null} kind="ratio" nullReason={why('logLoss')} /> : formatDigits(m.logLoss, 'ratio', 4)}</td>
                <td className="numeric">{m.calibration ? formatDigits(m.calibration.ece, 'ratio', 4) : <Value value={null} kind="ratio" nullReason={why('calibration')} />}</td>
                <td className="numeric">
                  <Value value={m.meanPl} kind="money" nullReason={why('meanPl')} />
                </td>
                <td className="numeric">{m.sharpeLike === null ? <Value value={null} kind="ratio" nullReason={why('sharpeLike')} /> : formatDigits(m.sharpeLike, 'ratio', 3)}</td>
                <td className="numeric">{m.mae === null ? <Value value={null} kind="ratio" nullReason={why('mae') ?? 'No forecast errors in the window.'} /> : formatDigits(m.mae, 'ratio', 2)}</td>
                <td className="numeric">{g.score.score === null ? <Value value={null} kind="ratio" nullReason="No settled bets in the window." /> : formatDigits(g.score.score, 'ratio', 4)}</td>
                <td className="bets-terms" title={termsTip(g)}>
                  {termsText(g)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
