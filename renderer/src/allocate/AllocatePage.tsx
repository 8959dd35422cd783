/**
 * Allocate (issue 19): split capital across the workspace's strategies and imported price /
 * return series. The page is a row of tabs, one per panel of allocate-panels.ts; the shown
 * panel stays mounted while another is chosen, so a run in flight and its results survive;
 * a new or opened workspace starts the panels afresh (no results or price files of another).
 */
import { useState } from 'react';
import './allocate.css';
import { allocatePanels } from './allocate-panels';
import { useWorkspaceContext } from '../workspace/workspace-context';

export function AllocatePage() {
  const { workspace } = useWorkspaceContext();
  const identity = `${workspace.state.name}\u0000${workspace.state.token ?? ''}`;
  const [active, setActive] = useState(allocatePanels[0].id);
  const [visited, setVisited] = useState<Set<string>>(() => new Set([allocatePanels[0].id]));
  const current = allocatePanels.find((p) => p.id === active) ?? allocatePanels[0];
  return (
    <div className="allocate" data-testid="allocate">
      <div className="allocate-tabs" role="tablist" aria-label="Allocate panels">
        {allocatePanels.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`allocate-tab-${p.id}`}
            aria-selected={p.id === active}
            aria-controls={`allocate-panel-${p.id}`}
            className={p.id === active ? 'allocate-tab is-active' : 'allocate-tab'}
            onClick={() => {
              setActive(p.id);
              setVisited((v) => new Set(v).add(p.id));
            }}
          >
            {p.title}
          </button>
        ))}
        <span className="muted allocate-tab-description">{current.description}</span>
      </div>
      {allocatePanels
        .filter((p) => visited.has(p.id))
        .map((p) => (
          <div key={p.id} role="tabpanel" id={`allocate-panel-${p.id}`} aria-labelledby={`allocate-tab-${p.id}`} hidden={p.id !== active}>
            <p.component key={identity} />
          </div>
        ))}
    </div>
  );
}
