import { useState } from 'react';
import { lastImportNote } from '../library/import-notes.js';
import { LibraryBrowser } from '../library/LibraryBrowser.js';
import { LoadProblem } from '../library/LoadProblem.js';
import { ProgramPicker } from '../programs/ProgramPicker.js';
import { useChosenProgram } from '../programs/use-chosen-program.js';
import '../library/read-states.css';
import '../library/library.css';

export function LibraryScreen() {
  const { programs, chosen, choose, refresh } = useChosenProgram();
  // Read once: an import opens the editor, and this says what it did when the person comes back.
  const [note] = useState(lastImportNote);

  return (
    <div className="screen library-screen">
      <div className="screen-header">
        <h1>Library</h1>
        <p className="screen-lead">The posts of your Firstup program: find one, preview it, and bring it into your drafts.</p>
      </div>
      {note !== null && (
        <p className="library-note" role="status">
          {note}
        </p>
      )}
      {programs.status === 'loading' && <p className="read-muted">Reading your programs…</p>}
      {programs.status === 'failed' && <LoadProblem message={`Your programs could not be read. ${programs.message}`} onRetry={refresh} />}
      {programs.status === 'ready' && chosen === null && <p className="read-muted">There is no program to read. Add one under Settings → Programs.</p>}
      {programs.status === 'ready' && chosen !== null && (
        <>
          <ProgramPicker programs={programs.programs} chosen={chosen} onChoose={choose} reads="The Library reads posts" />
          {chosen.status.state === 'signed_in' && <LibraryBrowser key={chosen.program.id} programId={chosen.program.id} />}
        </>
      )}
    </div>
  );
}
