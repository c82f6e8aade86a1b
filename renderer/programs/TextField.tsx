import { useId, type HTMLAttributes, type Ref } from 'react';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  /** Marks the field as refused and points it at the message that says why. */
  readonly invalid?: boolean;
  readonly errorId?: string;
  readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  readonly ref?: Ref<HTMLInputElement>;
}

/** A labelled one-line text field with its hint; ids, addresses and names, so no spelling help or autofill. */
export function TextField({ label, value, onChange, hint, invalid = false, errorId, inputMode, ref }: TextFieldProps) {
  const id = useId();
  const describedBy = [hint === undefined ? null : `${id}-hint`, invalid && errorId !== undefined ? errorId : null].filter((part) => part !== null).join(' ');
  return (
    <div className="program-field">
      <label className="program-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        type="text"
        className="program-input"
        value={value}
        autoComplete="off"
        spellCheck={false}
        inputMode={inputMode}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint !== undefined && (
        <p className="program-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
