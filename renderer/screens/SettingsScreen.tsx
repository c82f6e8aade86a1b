import { WritingSection } from '../settings/WritingSection.js';
import { AboutPanel } from './AboutPanel.js';
import { AppearanceSection } from './AppearanceSection.js';
import { ProgramsSection } from './ProgramsSection.js';

export function SettingsScreen() {
  return (
    <div className="screen">
      <div className="screen-header">
        <h1>Settings</h1>
        <p className="screen-lead">Preferences for Content Studio on this computer.</p>
      </div>
      <ProgramsSection />
      <WritingSection />
      <AppearanceSection />
      <AboutPanel />
    </div>
  );
}
