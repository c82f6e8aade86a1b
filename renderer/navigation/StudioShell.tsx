import { ActiveScreen } from './ActiveScreen.js';
import { Sidebar } from './Sidebar.js';
import { useCurrentScreen } from './use-current-screen.js';
import { useScreenShortcuts } from './use-screen-shortcuts.js';

/** The sidebar and the screen it has chosen. */
export function StudioShell() {
  const screen = useCurrentScreen();
  useScreenShortcuts();
  return (
    <div className="shell">
      <Sidebar current={screen.id} />
      <main className="shell-main">
        <ActiveScreen screen={screen.id} />
      </main>
    </div>
  );
}
