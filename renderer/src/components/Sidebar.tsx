/** The left navigation: app name, the list of pages and the light/dark theme choice. */
import type { PageDefinition } from '../pages';
import { setThemePreference, themePreferenceSchema, useTheme } from '../theme/theme';

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
      <ThemeToggle />
      <p className="sidebar-foot">Offline · your data stays on this computer</p>
    </nav>
  );
}

/** System / Light / Dark: an app setting (renderer/src/theme), not part of the workspace. */
function ThemeToggle() {
  const { preference } = useTheme();
  return (
    <label className="theme-field">
      <span>Theme</span>
      <select aria-label="Theme" data-testid="theme" value={preference} onChange={(event) => setThemePreference(themePreferenceSchema.parse(event.target.value))}>
        <option value="system">Same as the system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
