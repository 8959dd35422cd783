/**
 * A statistic card of the Overview: title, convention tooltip, and either one headline
 * number or a few labelled numbers (avg win / avg loss, streaks, time in drawdown). A "—"
 * headline prints core's reason for it beneath (e.g. "Undefined: ruined on 2025-01-08 …").
 */
import type { CardModel } from '../metrics';
import { InfoTip } from './InfoTip';
import { Value } from './Value';

export function StatCard({ card }: { card: CardModel }) {
  const [headline] = card.parts;
  const labelled = card.parts.length > 1;
  return (
    <section className="stat-card" data-testid={`card-${card.id}`} aria-label={card.title}>
      <header className="stat-card-title">
        <span>{card.title}</span>
        <InfoTip text={card.convention} label={card.title} />
      </header>
      {labelled ? (
        <dl className="stat-card-values stat-card-rows">
          {card.parts.map((part, index) => (
            <div key={index} className="stat-card-row">
              <dt>{part.label}</dt>
              <dd>
                <Value value={part.value} kind={part.kind} nullReason={part.nullReason ?? card.nullReason} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <div className="stat-card-values">
          <Value value={headline.value} kind={headline.kind} nullReason={headline.nullReason ?? card.nullReason} />
          {headline.value === null && headline.nullReason && <p className="stat-card-reason">{headline.nullReason}</p>}
        </div>
      )}
    </section>
  );
}
