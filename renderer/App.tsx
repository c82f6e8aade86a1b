import type { StudioApi } from '../shared/ipc/studio-api.js';
import { StudioShell } from './navigation/StudioShell.js';
import { StartupErrorScreen } from './screens/StartupErrorScreen.js';
import { StartupScreen } from './screens/StartupScreen.js';
import { SettingsContext } from './studio/settings-context.js';
import { StudioContext } from './studio/studio-context.js';
import { useStudioSettings } from './studio/use-studio-settings.js';
import { useFlushBeforeClose } from './drafts/use-flush-before-close.js';
import { useFlushOnPageHide } from './drafts/use-flush-on-page-hide.js';
import { useDocumentTheme } from './theme/use-document-theme.js';

/** The studio once it has a connection to its core: loads the preferences, applies the theme, shows the shell. */
export function App({ studio }: { studio: StudioApi }) {
  const { state, save, retry } = useStudioSettings(studio);
  useFlushBeforeClose(studio);
  useFlushOnPageHide();
  useDocumentTheme(state.status === 'ready' ? state.settings.theme : 'system');

  if (state.status === 'loading') return <StartupScreen />;
  if (state.status === 'failed') return <StartupErrorScreen message={state.message} onRetry={retry} />;
  return (
    <StudioContext value={studio}>
      <SettingsContext value={{ settings: state.settings, save }}>
        <StudioShell />
      </SettingsContext>
    </StudioContext>
  );
}
