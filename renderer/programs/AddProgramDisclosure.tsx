import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { ProgramView } from '../../shared/ipc/contract.js';
import { AddProgramForm } from './AddProgramForm.js';

export interface AddProgramDisclosureProps {
  readonly onAdded: (view: ProgramView) => void;
}

/** "Add a program" opens the form in place; closing it, by Cancel or by adding, hands focus back to the button. */
export function AddProgramDisclosure({ onAdded }: AddProgramDisclosureProps) {
  const formId = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const focusToggleNext = useRef(false);

  useLayoutEffect(() => {
    if (!focusToggleNext.current) return;
    focusToggleNext.current = false;
    toggle.current?.focus();
  });

  const close = () => {
    focusToggleNext.current = true;
    setOpen(false);
  };

  return (
    <div className="program-add">
      <button ref={toggle} type="button" className="program-button program-add-toggle" aria-expanded={open} aria-controls={open ? formId : undefined} onClick={() => setOpen(!open)}>
        <span className="program-add-mark" aria-hidden="true">
          {open ? '−' : '+'}
        </span>
        Add a program
      </button>
      {open && (
        <AddProgramForm
          id={formId}
          onAdded={(view) => {
            close();
            onAdded(view);
          }}
          onCancel={close}
        />
      )}
    </div>
  );
}
