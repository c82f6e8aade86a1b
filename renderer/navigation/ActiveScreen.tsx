import { DraftsScreen } from '../screens/DraftsScreen.js';
import { LibraryScreen } from '../screens/LibraryScreen.js';
import { QueueScreen } from '../screens/QueueScreen.js';
import { SettingsScreen } from '../screens/SettingsScreen.js';
import { TopicsScreen } from '../screens/TopicsScreen.js';
import type { ScreenId } from './studio-screens.js';

export function ActiveScreen({ screen }: { screen: ScreenId }) {
  switch (screen) {
    case 'drafts':
      return <DraftsScreen />;
    case 'library':
      return <LibraryScreen />;
    case 'queue':
      return <QueueScreen />;
    case 'topics':
      return <TopicsScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}
