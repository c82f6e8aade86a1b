import { useId, useRef, useState } from 'react';
import { AddProgramDisclosure } from '../programs/AddProgramDisclosure.js';
import { ProgramItem } from '../programs/ProgramItem.js';
import { usePrograms } from '../programs/use-programs.js';

/** The Firstup programs Content Studio works with, how each signs in, and whether it is signed in now. */
export function ProgramsSection() {
  const { state, refresh } = usePrograms();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Said once by screen readers (a polite live region, not role="status", which Appearance's save status already is).
  const [announcement, setAnnouncement] = useState('');

  const sessionOnly = state.status === 'ready' && state.programs.some((view) => view.status.secretPersistence === 'session-only');

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Programs
        </h2>
      </div>
      <p className="panel-note">The Firstup programs Content Studio publishes to, and how it signs in to each.</p>
      {sessionOnly && (
        <p className="program-note">
          <span className="program-note-mark" aria-hidden="true">
            i
          </span>
          Your sign-in is kept only until Content Studio closes (no secure storage on this computer).
        </p>
      )}

      {state.status === 'loading' && <p className="panel-note">Reading your programs…</p>}
      {state.status === 'failed' && (
        <div className="panel-error" role="alert">
          <p>Your programs could not be read. {state.message}</p>
          <button type="button" className="program-button" onClick={refresh}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && state.programs.length === 0 && <p className="panel-note">No programs yet. Add one to sign in and publish.</p>}
      {state.status === 'ready' && state.programs.length > 0 && (
        <ul className="program-list">
          {state.programs.map((view) => (
            <ProgramItem
              key={view.program.id}
              view={view}
              onChanged={refresh}
              announce={setAnnouncement}
              onRemoved={(name) => {
                setAnnouncement(`Removed “${name}”.`);
                refresh();
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}

      <AddProgramDisclosure
        onAdded={(view) => {
          setAnnouncement(`Added “${view.program.displayName}”.`);
          refresh();
        }}
      />
      <p className="program-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
