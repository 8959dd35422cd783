/** The left navigation: app name and the list of pages. */
import type { PageDefinition } from '../pages';

export function Sidebar({ pages, current, onSelect }: { pages: PageDefinition[]; current: string; onSelect(id: string): void }) {
  return (
    <nav className="sidebar" aria-label="Pages">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          S
        </span>
        <span className="brand-name">Sizewise</span>
      </div>
      <ul>
        {pages.map((page) => (
          <li key={page.id}>
            <button type="button" className={page.id === current ? 'nav-item active' : 'nav-item'} aria-current={page.id === current ? 'page' : undefined} onClick={() => onSelect(page.id)}>
              {page.title}
            </button>
          </li>
        ))}
      </ul>
      <p className="sidebar-foot">Offline · your data stays on this computer</p>
    </nav>
  );
}
