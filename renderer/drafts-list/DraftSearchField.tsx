import { useId } from 'react';

export interface DraftSearchFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** Searches titles, summaries and text as the person types (the list debounces the query). Escape clears it. */
export function DraftSearchField({ value, onChange }: DraftSearchFieldProps) {
  const id = useId();
  return (
    <div className="drafts-search">
      <label htmlFor={id} className="program-visually-hidden">
        Search drafts
      </label>
      <span className="drafts-search-icon" aria-hidden="true" />
      <input
        id={id}
        type="search"
        className="drafts-search-input"
        data-shortcut-target="drafts-search"
        placeholder="Search titles and text"
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            onChange('');
          }
        }}
      />
    </div>
  );
}
