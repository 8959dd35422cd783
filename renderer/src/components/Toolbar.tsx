/** The top toolbar: workspace name (with unsaved marker) and the File actions. */
import type { MenuCommand } from '../platform';

interface ToolbarProps {
  workspaceName: string;
  dirty: boolean;
  busy: boolean;
  onCommand(command: MenuCommand): void;
}

export function Toolbar({ workspaceName, dirty, busy, onCommand }: ToolbarProps) {
  return (
    <header className="toolbar">
      <div className="workspace-name" data-testid="workspace-name">
        <span className="workspace-label">Workspace</span>
        <strong>{workspaceName}</strong>
        {dirty && (
          <span className="dirty-marker" title="Unsaved changes">
            ● unsaved
          </span>
        )}
      </div>
      <div className="toolbar-actions">
        {busy && (
          <span className="busy" role="status">
            Working…
          </span>
        )}
        <button type="button" className="button" onClick={() => onCommand('new')} title="New empty workspace (Ctrl+N)">
          New
        </button>
        <button type="button" className="button" onClick={() => onCommand('open')} title="Open a .sizewise workspace (Ctrl+O)">
          Open…
        </button>
        <button type="button" className="button" onClick={() => onCommand('save')} title="Save the workspace (Ctrl+S)">
          Save…
        </button>
        <button type="button" className="button button-primary" onClick={() => onCommand('import')} title="Import trade logs, daily logs or any trade CSV (Ctrl+I)">
          Import…
        </button>
      </div>
    </header>
  );
}
