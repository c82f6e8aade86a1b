import { useId, useState } from 'react';
import { RadioChoices } from './RadioChoices.js';

export interface ProgramChoice {
  readonly id: string;
  readonly name: string;
}

export interface MoveChooserProps {
  readonly count: number;
  readonly programs: readonly ProgramChoice[];
  readonly onMove: (program: ProgramChoice) => void;
  readonly onCancel: () => void;
}

/** The first step of "Move to program…": which program, and what moving costs. */
export function MoveChooser({ count, programs, onMove, onCancel }: MoveChooserProps) {
  const headingId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const program = programs.find((candidate) => candidate.id === chosen);
  return (
    <section className="drafts-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="drafts-panel-title">
        Move {count === 1 ? '1 draft' : `${count} drafts`} to another program
      </h2>
      <p className="drafts-panel-note">
        Each draft is copied into the program you choose and the original goes to the trash. The copies lose their link to Firstup and their
        topics (topics belong to a program): sending a copy makes a new post in its new program.
      </p>
      {programs.length < 2 ? (
        <p className="drafts-panel-note">There is only one program. Add another in Settings → Programs to move drafts to it.</p>
      ) : (
        <RadioChoices
          legend="Program"
          name={`${headingId}-program`}
          options={programs.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          value={chosen}
          onChange={setChosen}
        />
      )}
      <div className="drafts-panel-actions">
        <button type="button" className="button-primary" aria-disabled={program === undefined} onClick={() => program !== undefined && onMove(program)}>
          Move
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
