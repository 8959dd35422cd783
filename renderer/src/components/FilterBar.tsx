/**
 * The trade filter of the analysis pages: a checkbox list of strategies and a from/to
 * date range on the open date. Every change recomputes the statistics in the worker.
 */
import type { TradeFilter } from '../../../core/stats/types';

interface FilterBarProps {
  strategies: string[];
  firstDate: string | null;
  lastDate: string | null;
  filter: TradeFilter;
  onChange(filter: TradeFilter): void;
}

function selectedStrategies(filter: TradeFilter, all: string[]): Set<string> {
  return new Set(filter.strategies ?? all);
}

export function FilterBar({ strategies, firstDate, lastDate, filter, onChange }: FilterBarProps) {
  const selected = selectedStrategies(filter, strategies);
  const toggle = (name: string) => {
    const next = new Set(selected);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    const list = strategies.filter((strategy) => next.has(strategy));
    onChange({ ...filter, strategies: list.length === strategies.length ? undefined : list });
  };
  const setDate = (key: 'from' | 'to', value: string) => onChange({ ...filter, [key]: value || undefined });
  const filtered = filter.strategies !== undefined || filter.from !== undefined || filter.to !== undefined;

  return (
    <section className="filter-bar" aria-label="Filter">
      <fieldset className="filter-strategies">
        <legend>Strategies</legend>
        <div className="strategy-options">
          {strategies.map((name) => (
            <label key={name} className="checkbox">
              <input type="checkbox" checked={selected.has(name)} onChange={() => toggle(name)} />
              <span>{name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="filter-dates">
        <legend>Opened between</legend>
        <label>
          <span className="sr-only">From</span>
          <input type="date" aria-label="From date" value={filter.from ?? ''} min={firstDate ?? undefined} max={filter.to ?? lastDate ?? undefined} onChange={(event) => setDate('from', event.target.value)} />
        </label>
        <span aria-hidden="true">–</span>
        <label>
          <span className="sr-only">To</span>
          <input type="date" aria-label="To date" value={filter.to ?? ''} min={filter.from ?? firstDate ?? undefined} max={lastDate ?? undefined} onChange={(event) => setDate('to', event.target.value)} />
        </label>
      </fieldset>
      <button type="button" className="button button-quiet" disabled={!filtered} onClick={() => onChange({})}>
        Reset filter
      </button>
    </section>
  );
}
