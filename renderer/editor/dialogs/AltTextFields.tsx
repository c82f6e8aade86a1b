import { useId } from 'react';

export interface AltChoice {
  readonly text: string;
  readonly decorative: boolean;
}

/** The alt attribute a choice stands for: "" for decorative, null while nothing is written (the "missing" badge stays). */
export function altFromChoice({ text, decorative }: AltChoice): string | null {
  if (decorative) return '';
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function choiceFromAlt(alt: string | null): AltChoice {
  return { text: alt ?? '', decorative: alt === '' };
}

/** Alt text, or "decorative": a screen reader then skips the image, which is right for ornaments and wrong for content. */
export function AltTextFields({ value, onChange, autoFocus }: { value: AltChoice; onChange: (value: AltChoice) => void; autoFocus?: boolean }) {
  const id = useId();
  return (
    <div className="editor-alt-fields">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-alt`}>
          Alt text
        </label>
        <textarea
          id={`${id}-alt`}
          className="field-input"
          rows={2}
          value={value.decorative ? '' : value.text}
          disabled={value.decorative}
          autoFocus={autoFocus}
          aria-describedby={`${id}-alt-hint`}
          onChange={(event) => onChange({ ...value, text: event.target.value })}
        />
        <p id={`${id}-alt-hint`} className="field-hint">
          Say what the image shows for people who cannot see it, in a sentence or two.
        </p>
      </div>
      <label className="field-checkbox">
        <input type="checkbox" checked={value.decorative} onChange={(event) => onChange({ ...value, decorative: event.target.checked })} />
        Decorative image: it adds nothing to the text, so screen readers skip it
      </label>
    </div>
  );
}
