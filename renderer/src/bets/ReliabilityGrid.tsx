/**
 * Reliability diagrams, one small chart per group (10 probability bins): the bin's mean
 * predicted probability (x) against the observed frequency (y), the diagonal as perfect
 * calibration, each point's area following its bet count (count in the tooltip). Drawn as
 * SVG so a page with fifty groups stays light; the grid wraps to the page's width.
 */
import type { BetsGroup } from '../../../core/bets';
import { formatDigits, formatText } from '../../../core/format/number';

const SIZE = 150;
const PAD = 22;
const INNER = SIZE - PAD - 8;

const x = (p: number) => PAD + p * INNER;
const y = (p: number) => 8 + (1 - p) * INNER;

function Diagram({ group }: { group: BetsGroup }) {
  const calibration = group.metrics.calibration;
  const maxCount = calibration ? Math.max(1, ...calibration.bins.map((b) => b.count)) : 1;
  return (
    <figure className={group.metrics.drift.flag ? 'bets-reliability bets-reliability-drift' : 'bets-reliability'} data-testid="reliability-diagram">
      <figcaption title={group.name}>
        {group.name} <span className="muted">ECE {calibration ? formatDigits(calibration.ece, 'ratio', 3) : '—'}</span>
      </figcaption>
      <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={`Reliability diagram of ${group.name}`}>
        <rect x={PAD} y={8} width={INNER} height={INNER} className="bets-rel-frame" />
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} className="bets-rel-diagonal" />
        {[0, 0.5, 1].map((t) => (
          <g key={t}>
            <text x={x(t)} y={SIZE - 2} className="bets-rel-tick" textAnchor="middle">
              {t}
            </text>
            <text x={PAD - 4} y={y(t) + 3} className="bets-rel-tick" textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {calibration?.bins
          .filter((b) => b.count > 0 && b.meanPredicted !== null && b.observed !== null)
          .map((b) => (
            <circle key={b.lower} cx={x(b.meanPredicted as number)} cy={y(b.observed as number)} r={2 + 5 * Math.sqrt(b.count / maxCount)} className="bets-rel-point">
              <title>{`p ${formatDigits(b.lower, 'ratio', 1)}–${formatDigits(b.upper, 'ratio', 1)}: mean predicted ${formatDigits(b.meanPredicted, 'percent', 1)}, observed ${formatDigits(b.observed, 'percent', 1)}, ${formatText(b.count, 'count')} bets`}</title>
            </circle>
          ))}
        {!calibration && (
          <text x={SIZE / 2} y={SIZE / 2} textAnchor="middle" className="bets-rel-tick">
            no model probabilities
          </text>
        )}
      </svg>
    </figure>
  );
}

export function ReliabilityGrid({ groups }: { groups: BetsGroup[] }) {
  return (
    <div className="bets-reliability-grid">
      {groups.map((g) => (
        <Diagram key={g.name} group={g} />
      ))}
    </div>
  );
}
