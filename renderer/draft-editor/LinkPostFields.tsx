import { useId } from 'react';

/** A link post points at a page: its https address is the post. */
export function LinkPostFields({ linkUrl, onChange }: { linkUrl: string | null; onChange: (url: string | null) => void }) {
  const id = useId();
  const value = linkUrl ?? '';
  const invalid = value !== '' && !/^https:\/\/[^\s/]+/.test(value);
  return (
    <div className="field" id="draft-field-linkUrl">
      <label className="field-label" htmlFor={`${id}-url`}>
        Link address
      </label>
      <input
        id={`${id}-url`}
        className="field-input"
        type="url"
        inputMode="url"
        placeholder="https://"
        maxLength={2_048}
        value={value}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value.trim() === '' ? null : event.target.value.trim())}
      />
      <p id={`${id}-hint`} className={invalid ? 'field-error' : 'field-hint'}>
        {invalid ? 'Use a full https address, such as https://intranet.example.com/news.' : 'The page readers open from the post.'}
      </p>
    </div>
  );
}
