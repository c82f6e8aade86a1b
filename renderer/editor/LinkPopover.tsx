import type { Editor } from '@tiptap/core';
import { useId, useState, type CSSProperties, type FormEvent } from 'react';
import { checkLinkAddress } from './link-address.js';

interface LinkPopoverProps {
  readonly editor: Editor;
  /** Where to show it, relative to the editor's frame (under the selection). */
  readonly position: CSSProperties;
  /** After applying, removing, Cancel or Escape; the editor takes focus back. */
  readonly onClose: () => void;
}

/** The link under the selection: add it, change its address, or remove it. Only https: and mailto: are accepted. */
export function LinkPopover({ editor, position, onClose }: LinkPopoverProps) {
  const id = useId();
  const [existing] = useState(() => (editor.isActive('link') ? String(editor.getAttributes('link').href ?? '') : null));
  const [needsText] = useState(() => existing === null && editor.state.selection.empty);
  const [address, setAddress] = useState(existing ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent): void {
    event.preventDefault();
    const checked = checkLinkAddress(address);
    if (!checked.ok) return setError(checked.message);
    const { href } = checked;
    if (needsText) {
      const label = text.trim() === '' ? address.trim() : text;
      editor.chain().focus().insertContent({ type: 'text', text: label, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  }

  function remove(): void {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  }

  return (
    <div
      className="link-popover"
      role="dialog"
      aria-labelledby={`${id}-title`}
      style={position}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        {existing === null ? 'Add a link' : 'Edit link'}
      </h2>
      <form className="link-popover-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-address`}>
            Link address
          </label>
          <input
            id={`${id}-address`}
            className="field-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://… or mailto:…"
            autoFocus
            value={address}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : `${id}-error`}
            onChange={(event) => setAddress(event.target.value)}
          />
        </div>
        {needsText && (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-text`}>
              Text to show
            </label>
            <input id={`${id}-text`} className="field-input" type="text" value={text} onChange={(event) => setText(event.target.value)} />
          </div>
        )}
        {error !== null && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="link-popover-actions">
          <button type="submit" className="button-primary">
            {existing === null ? 'Add link' : 'Update link'}
          </button>
          {existing !== null && (
            <button type="button" className="button button-danger" onClick={remove}>
              Remove link
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
