/**
 * The strategy mapping step: each live strategy name with the backtest strategy it is
 * compared with, the evidence (name similarity, common trading days) and whether the pairing
 * was confirmed by the user or only suggested. Choosing a backtest strategy (or "no backtest
 * twin") confirms that pairing; "Confirm suggestions" confirms every suggested one. The
 * confirmed mapping is saved in the workspace (settings LIVE_SETTINGS_KEY).
 */
import type { LiveComparison, StrategyMapping } from '../../../core/live';
import { InfoTip } from '../components/InfoTip';

const NONE = '\u0000none';

interface Row {
  live: string;
  backtest: string | null;
  source: 'confirmed' | 'suggested' | 'none';
  reason: string;
}

function mappingRows(c: LiveComparison, confirmed: StrategyMapping): Row[] {
  const rows: Row[] = [];
  for (const s of c.strategies) {
    for (const live of s.liveNames) {
      const reason = c.mappingCandidates.find((m) => m.liveName === live && m.backtestName === s.name)?.reason ?? (s.name === null ? 'no backtest strategy is mapped to it' : s.mappingReason);
      rows.push({ live, backtest: s.name, source: live in confirmed ? 'confirmed' : s.name === null ? 'none' : 'suggested', reason });
    }
  }
  return rows.sort((a, b) => a.live.localeCompare(b.live));
}

const SOURCE_LABEL = { confirmed: 'Confirmed', suggested: 'Suggested', none: 'Not mapped' } as const;

export function MappingStep({ comparison, backtestNames, confirmed, onChange }: { comparison: LiveComparison; backtestNames: string[]; confirmed: StrategyMapping; onChange(mapping: StrategyMapping): void }) {
  const rows = mappingRows(comparison, confirmed);
  const unconfirmed = rows.filter((r) => r.source !== 'confirmed');
  return (
    <section className="panel live-mapping" aria-label="Strategy mapping" data-testid="live-mapping">
      <h2 className="panel-title">
        1. Strategy mapping{' '}
        <InfoTip label="the mapping" text="Live strategy names are paired with backtest strategies by name similarity and common trading days. Pick the backtest strategy of each live name to confirm it; the confirmed mapping is saved with the workspace. Several live names may map to one backtest strategy (a renamed strategy)." />
      </h2>
      <table className="data-table compact live-mapping-table">
        <thead>
          <tr>
            <th>Live strategy</th>
            <th>Backtest strategy</th>
            <th>Status</th>
            <th>Evidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.live} data-live={row.live}>
              <td className="strategy-name">{row.live}</td>
              <td>
                <select
                  aria-label={`Backtest strategy for ${row.live}`}
                  value={row.backtest ?? NONE}
                  onChange={(event) => onChange({ ...confirmed, [row.live]: event.target.value === NONE ? null : event.target.value })}
                >
                  {backtestNames.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                  <option value={NONE}>No backtest twin</option>
                </select>
              </td>
              <td className={row.source === 'confirmed' ? 'muted' : 'live-unconfirmed'}>{SOURCE_LABEL[row.source]}</td>
              <td className="muted" title={row.reason}>
                {row.reason}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unconfirmed.length > 0 && (
        <button
          type="button"
          className="button"
          onClick={() => onChange({ ...confirmed, ...Object.fromEntries(unconfirmed.map((r) => [r.live, r.backtest])) })}
        >
          Confirm {unconfirmed.length === 1 ? 'this pairing' : `these ${unconfirmed.length} pairings`}
        </button>
      )}
    </section>
  );
}
