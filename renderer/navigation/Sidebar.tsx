import { ScreenIcon } from './ScreenIcon.js';
import { navigateTo } from './screen-hash.js';
import { ariaShortcut, shortcutHint } from './screen-shortcuts.js';
import { studioScreens, type ScreenId } from './studio-screens.js';

export function Sidebar({ current }: { current: ScreenId }) {
  return (
    <header className="sidebar">
      <p className="sidebar-brand">
        <span className="sidebar-brand-mark" aria-hidden="true" />
        Content Studio
      </p>
      <nav aria-label="Studio">
        <ul className="sidebar-nav">
          {studioScreens.map((screen, index) => (
            <li key={screen.id}>
              <button
                type="button"
                className="sidebar-nav-item"
                aria-current={screen.id === current ? 'page' : undefined}
                aria-keyshortcuts={ariaShortcut(index + 1)}
                onClick={() => navigateTo(screen.id)}
              >
                <ScreenIcon screen={screen.id} className="sidebar-nav-icon" />
                <span className="sidebar-nav-label">{screen.label}</span>
                {/* Hidden from the accessible name, which must stay exactly the label; aria-keyshortcuts carries it instead. */}
                <span className="sidebar-nav-hint" aria-hidden="true">
                  {shortcutHint(index + 1)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
