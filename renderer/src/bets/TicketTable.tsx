/**
 * Today's tickets of a bets run: group, market, side, the model's p, the price, the edge
 * after fees, full Kelly, contracts and stake; the forced ticket marked FORCED (row and badge),
 * and under each ticket the words behind its size (core/bets size-candidates reasons).
 * Candidates that got no contracts are listed after the tickets with the reason they were
 * skipped.
 */
import { Fragment } from 'react';
import type { SizedCandidate } from '../../../core/bets';
import { formatDigits, formatText } from '../../../core/format/number';

function Rows({ s, index }: { s: SizedCandidate; index: number }) {
  const c = s.candidate;
  return (
    <Fragment>
      <tr className={s.forced ? 'bets-forced' : s.contracts === 0 ? 'bets-skipped' : undefined} data-testid={s.contracts > 0 ? 'bet-ticket' : 'bet-skipped'} data-forced={s.forced ? 'true' : undefined}>
        <td title={c.group}>{c.group}</td>
        <td title={c.market}>{c.market || '—'}</td>
        <td>{c.side}</td>
        <td className="numeric">{formatDigits(c.pModel, 'ratio', 4)}</td>
        <td className="numeric">{formatText(c.price, 'money')}</td>
        <td className="numeric">{formatDigits(s.edge, 'ratio', 4)}</td>
        <td className="numeric">{formatDigits(s.kelly, 'ratio', 4)}</td>
        <td className="numeric">{formatText(s.contracts, 'count')}</td>
        <td className="numeric">{formatText(s.stake, 'money')}</td>
        <td>{s.forced ? <span className="badge badge-warning">FORCED</span> : s.contracts === 0 ? <span className="muted">skipped</span> : ''}</td>
      </tr>
      <tr className="bets-reasons" aria-label={`Why ticket ${index + 1} has this size`}>
        <td colSpan={10}>
          <ul>
            {s.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </td>
      </tr>
    </Fragment>
  );
}

export function TicketTable({ sized }: { sized: SizedCandidate[] }) {
  const placed = sized.filter((s) => s.contracts > 0);
  const skipped = sized.filter((s) => s.contracts === 0);
  return (
    <div className="table-scroll bets-ticket-scroll">
      <table className="data-table compact bets-ticket-table" data-testid="bets-tickets">
        <thead>
          <tr>
            <th>Group</th>
            <th>Market</th>
            <th>Side</th>
            <th className="numeric" title="The model's probability that the side bought wins">p model</th>
            <th className="numeric" title="Price paid per contract">Price</th>
            <th className="numeric" title="p − fee-adjusted price">Edge</th>
            <th className="numeric" title="Binary-contract Kelly f* = (p − c)/(1 − c) on the fee-adjusted price c">Full Kelly</th>
            <th className="numeric">Contracts</th>
            <th className="numeric">Stake</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {[...placed, ...skipped].map((s, i) => (
            <Rows key={`${s.candidate.group}|${s.candidate.market}|${s.candidate.side}|${i}`} s={s} index={i} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
