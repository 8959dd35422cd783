/**
 * The trade filter of the analysis pages: a searchable multi-select of strategies (search,
 * All / None for the listed strategies, "Only" on each row — one click for one strategy) and a
 * from/to date range on the open date. The list shows whole rows only (fixed row height,
 * the scroll snaps to rows); a long name ellipsizes with the full name as its tooltip. Every
 * change recomputes the statistics in the worker.
 */
import { useId, useState } from 'react';
import type { TradeFilter } from '../../../core/stats/types';

interface FilterBarProps {
  strategies: string[];
  firstDate: string | null;
  lastDate: string | null;
  filter: TradeFilter;
  onChange(filter: TradeFilter): void;
}

/** From this many strategies on, the list gets a search box. */
const SEARCH_FROM = 7;

function selectedStrategies(filter: TradeFilter, all: string[]): Set<string> {
  return new Set(filter.strategies ?? all);
}

export function FilterBar({ strategies, firstDate, lastDate, filter, onChange }: FilterBarProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const selected = selectedStrategies(filter, strategies);
  const needle = query.trim().toLowerCase();
  const shown = needle ? strategies.filter((name) => name.toLowerCase().includes(needle)) : strategies;
  /** The filter for a set of selected names: every strategy → no strategy filter. */
  const choose = (next: Set<string>) => {
    const list = strategies.filter((strategy) => next.has(strategy));
    onChange({ ...filter, strategies: list.length === strategies.length ? undefined : list });
  };
  const toggle = (name: string) => {
    const next = new Set(selected);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    choose(next);
  };
  const selectShown = (on: boolean) => {
    const next = new Set(selected);
    for (const name of shown) {
      if (on) next.add(name);
      else next.delete(name);
    }
    choose(next);
  };
  const allShownSelected = shown.every((name) => selected.has(name));
  const noneShownSelected = shown.every((name) => !selected.has(name));
  const scope = needle ? 'the listed strategies' : 'every strategy';
  const setDate = (key: 'from' | 'to', value: string) => onChange({ ...filter, [key]: value || undefined });
  const filtered = filter.strategies !== undefined || filter.from !== undefined || filter.to !== undefined;

  return (
    <section className="filter-bar" aria-label="Filter">
      <fieldset className="filter-strategies">
        <legend>
          Strategies <span className="strategy-count">({selected.size === strategies.length ? `all ${strategies.length}` : `${selected.size} of ${strategies.length}`})</span>
        </legend>
        <div className="strategy-tools">
          {strategies.length >= SEARCH_FROM && (
            <>
              <label htmlFor={searchId} className="sr-only">
                Search strategies
              </label>
              <input id={searchId} type="search" className="strategy-search" placeholder="Search strategies" value={query} onChange={(event) => setQuery(event.target.value)} data-testid="strategy-search" />
            </>
          )}
          <button type="button" className="button button-small" disabled={allShownSelected || shown.length === 0} onClick={() => selectShown(true)} title={`Select ${scope}`}>
            All
          </button>
          <button type="button" className="button button-small" disabled={noneShownSelected || shown.length === 0} onClick={() => selectShown(false)} title={`Clear ${scope}`}>
            None
          </button>
        </div>
        <ul className="strategy-options" aria-label="Strategies">
          {shown.map((name) => (
            <li key={name} className="strategy-option">
              <label className="checkbox" title={name}>
                <input type="checkbox" checked={selected.has(name)} onChange={() => toggle(name)} />
                <span className="strategy-option-name">{name}</span>
              </label>
              {/* Named "Only" by its text and described by its title, so a label lookup of the strategy finds its checkbox alone. */}
              <button type="button" className="strategy-only" title={`Show only ${name}`} onClick={() => choose(new Set([name]))}>
                Only
              </button>
            </li>
          ))}
          {shown.length === 0 && <li className="strategy-none muted">No strategy matches "{query.trim()}".</li>}
        </ul>
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
