import { useId } from 'react';

export interface FilterSelectProps<V extends string> {
  readonly label: string;
  readonly value: V | null;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly onChange: (value: V | null) => void;
  readonly anyLabel: string;
  readonly disabled?: boolean;
}

/** One labelled filter; its first choice ("Any type") clears it. */
export function FilterSelect<V extends string>({ label, value, options, onChange, anyLabel, disabled = false }: FilterSelectProps<V>) {
  const id = useId();
  return (
    <div className="drafts-filter">
      <label className="drafts-filter-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="drafts-select"
        value={value ?? ''}
        disabled={disabled}
        data-active={value !== null}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          onChange(chosen?.value ?? null);
        }}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
