import { useId, type ReactNode } from 'react';
import { useModalDialog } from '../../studio/use-modal-dialog.js';

interface EditorDialogProps {
  readonly title: string;
  /** Escape, Cancel and the dialog's own close all end here; the editor then takes focus back. */
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** A modal dialog over the editor (a native `<dialog>`: focus stays in it and the page behind is inert). */
export function EditorDialog({ title, onClose, children }: EditorDialogProps) {
  const id = useId();
  const dialog = useModalDialog();

  return (
    <dialog
      ref={dialog}
      className="editor-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="editor-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
