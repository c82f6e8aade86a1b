import { useState } from 'react';
import { ShortcutHelp } from '../shortcuts/ShortcutHelp.js';
import { useStudioShortcuts } from '../shortcuts/use-studio-shortcuts.js';
import { describeError } from '../studio/describe-error.js';
import { useSettings } from '../studio/settings-context.js';
import { useStudio } from '../studio/studio-context.js';
import { ActiveScreen } from './ActiveScreen.js';
import { Sidebar } from './Sidebar.js';
import { useCurrentScreen, useOpenDraftId } from './use-current-screen.js';
import { useScreenShortcuts } from './use-screen-shortcuts.js';

/** The sidebar and the screen it has chosen, the studio's shortcuts, and their help sheet. */
export function StudioShell() {
  const screen = useCurrentScreen();
  const openDraftId = useOpenDraftId();
  const studio = useStudio();
  const { settings } = useSettings();
  const [notice, setNotice] = useState<string | null>(null);
  const { helpOpen, closeHelp } = useStudioShortcuts(studio, settings, openDraftId, (error) => setNotice(describeError(error)));
  useScreenShortcuts();
  return (
    <div className="shell">
      <Sidebar current={screen.id} />
      <main className="shell-main">
        <ActiveScreen screen={screen.id} />
      </main>
      {/* Fixed over the corner, so a notice never pushes the text being edited. */}
      {notice !== null && (
        <div className="shell-notice" role="alert">
          <p>
            {notice}{' '}
            <button type="button" className="link-button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </p>
        </div>
      )}
      {helpOpen && <ShortcutHelp onClose={closeHelp} />}
    </div>
  );
}
