import { useId } from 'react';
import { AutosaveDelaySetting } from './AutosaveDelaySetting.js';
import { DefaultProgramSetting } from './DefaultProgramSetting.js';
import { SpellingSetting } from './SpellingSetting.js';
import './writing.css';

/** Settings → Writing: how the editor helps while you write, and where new drafts go. Each control saves on its own. */
export function WritingSection() {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Writing</h2>
      </div>
      <p className="panel-note">How the editor helps while you write, and where new drafts go.</p>
      <div className="writing-rows">
        <SpellingSetting />
        <AutosaveDelaySetting />
        <DefaultProgramSetting />
      </div>
    </section>
  );
}
