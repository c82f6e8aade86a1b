import { useId } from 'react';

export interface CountedFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly max: number;
  readonly multiline?: boolean;
  /** Shown under the field and tied to it; `announce` for a refusal that arrived from the server. */
  readonly problem?: { readonly message: string; readonly announce: boolean } | undefined;
}

/**
 * A labelled field with a running count against its limit. Nothing typed is
 * cut off: a value over the limit stays, and the count and the problem say so.
 */
export function CountedField({ label, value, onChange, max, multiline = false, problem }: CountedFieldProps) {
  const id = useId();
  const length = value.trim().length;
  const describedBy = problem === undefined ? `${id}-count` : `${id}-count ${id}-problem`;
  const shared = {
    id,
    className: 'program-input topic-input',
    value,
    'aria-invalid': problem === undefined ? undefined : true,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="program-field">
      <label className="program-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea rows={3} {...shared} /> : <input type="text" autoComplete="off" {...shared} />}
      <p className="topic-count" id={`${id}-count`} data-over={length > max || undefined}>
        {length} of {max} characters
      </p>
      {problem !== undefined && (
        <p className="topic-problem" id={`${id}-problem`} role={problem.announce ? 'alert' : undefined}>
          {problem.message}
        </p>
      )}
    </div>
  );
}
