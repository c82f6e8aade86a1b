import { LoadProblem } from '../library/LoadProblem.js';
import { ProgramPicker } from '../programs/ProgramPicker.js';
import { useChosenProgram } from '../programs/use-chosen-program.js';
import { TopicsManager } from '../topics/TopicsManager.js';
import '../library/read-states.css';
import '../topics/topics.css';

export function TopicsScreen() {
  const { programs, chosen, choose, refresh } = useChosenProgram();
  return (
    <div className="screen topics-screen">
      <div className="screen-header">
        <h1>Topics</h1>
        <p className="screen-lead">The Firstup topics your articles can be published to: find one, or create and rename them.</p>
      </div>
      {programs.status === 'loading' && <p className="read-muted">Reading your programs…</p>}
      {programs.status === 'failed' && <LoadProblem message={`Your programs could not be read. ${programs.message}`} onRetry={refresh} />}
      {programs.status === 'ready' && chosen === null && <p className="read-muted">There is no program to read. Add one under Settings → Programs.</p>}
      {programs.status === 'ready' && chosen !== null && (
        <>
          <ProgramPicker programs={programs.programs} chosen={chosen} onChoose={choose} reads="Topics are read" />
          {chosen.status.state === 'signed_in' && <TopicsManager key={chosen.program.id} programId={chosen.program.id} />}
        </>
      )}
    </div>
  );
}
