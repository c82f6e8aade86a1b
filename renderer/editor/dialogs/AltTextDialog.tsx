import { useState, type FormEvent } from 'react';
import { AltTextFields, altFromChoice, choiceFromAlt } from './AltTextFields.js';
import { EditorDialog } from './EditorDialog.js';
import { DialogActions } from './DialogActions.js';

interface AltTextDialogProps {
  readonly alt: string | null;
  readonly onSave: (alt: string | null) => void;
  readonly onClose: () => void;
}

export function AltTextDialog({ alt, onSave, onClose }: AltTextDialogProps) {
  const [choice, setChoice] = useState(() => choiceFromAlt(alt));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(altFromChoice(choice));
  };
  return (
    <EditorDialog title="Describe the image" onClose={onClose}>
      <form className="editor-dialog-form" onSubmit={submit}>
        <AltTextFields value={choice} onChange={setChoice} autoFocus />
        <DialogActions submitLabel="Save" onCancel={onClose} />
      </form>
    </EditorDialog>
  );
}
