export interface RadioChoice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

export interface RadioChoicesProps<T extends string> {
  readonly legend: string;
  /** The radio group's name: unique on the page (a useId works). */
  readonly name: string;
  readonly options: readonly RadioChoice<T>[];
  readonly value: T | null;
  readonly onChange: (value: T) => void;
}

/** One choice among a few, each with an optional line of explanation: the first step of the bulk actions. */
export function RadioChoices<T extends string>({ legend, name, options, value, onChange }: RadioChoicesProps<T>) {
  return (
    <fieldset className="drafts-choices">
      <legend className="drafts-choices-legend">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="drafts-choice">
          <input type="radio" name={name} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>
            {option.label}
            {option.hint !== undefined && <span className="drafts-choice-hint">{option.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
