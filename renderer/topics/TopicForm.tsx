import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { SubmitActions } from '../programs/SubmitActions.js';
import { CountedField } from './CountedField.js';
import { describeTopicError, type TopicFailure } from './describe-topic-error.js';
import { checkTopicInput, TOPIC_DESCRIPTION_MAX, TOPIC_NAME_MAX, type TopicField, type TopicInput } from './topic-input.js';

export interface TopicFormProps {
  /** The form's accessible name: "New topic", "Edit “Events”". */
  readonly label: string;
  readonly initial: TopicInput;
  readonly submitLabel: string;
  readonly busyLabel: string;
  /** Sends the topic; a rejection is shown next to the form (or the field it names), and what was typed stays. */
  readonly onSubmit: (input: TopicInput) => Promise<void>;
  readonly onCancel: () => void;
  /** false: an existing topic that has no description may be saved without one. */
  readonly descriptionRequired?: boolean;
}

/**
 * A topic's name and description. Checked as soon as it is first submitted,
 * then again as the person types; the server's refusal (the role, a name
 * already taken) is shown where it applies.
 */
export function TopicForm({ label, initial, submitLabel, busyLabel, onSubmit, onCancel, descriptionRequired = true }: TopicFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState(initial);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<TopicFailure | null>(null);
  const focusInvalidNext = useRef(false);

  useLayoutEffect(() => {
    form.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  useLayoutEffect(() => {
    if (!focusInvalidNext.current) return;
    focusInvalidNext.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  const problems = checked ? checkTopicInput(input, descriptionRequired) : {};
  const problemFor = (field: TopicField) => {
    const local = problems[field];
    if (local !== undefined) return { message: local, announce: false };
    return failure?.field === field ? { message: failure.message, announce: true } : undefined;
  };

  const change = (field: TopicField) => (value: string) => {
    setInput((previous) => ({ ...previous, [field]: value }));
    if (failure?.field === field) setFailure(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setChecked(true);
    setFailure(null);
    if (Object.keys(checkTopicInput(input, descriptionRequired)).length > 0) {
      focusInvalidNext.current = true;
      return;
    }
    setBusy(true);
    onSubmit({ name: input.name.trim(), description: input.description.trim() }).then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        const described = describeTopicError(error);
        setFailure(described);
        focusInvalidNext.current = described.field !== null;
      },
    );
  };

  return (
    <form ref={form} className="program-form topic-form" aria-label={label} noValidate onSubmit={submit}>
      <CountedField label="Name" value={input.name} onChange={change('name')} max={TOPIC_NAME_MAX} problem={problemFor('name')} />
      <CountedField label="Description" value={input.description} onChange={change('description')} max={TOPIC_DESCRIPTION_MAX} multiline problem={problemFor('description')} />
      {failure !== null && failure.field === null && (
        <p className="panel-error" role="alert">
          {failure.message}
        </p>
      )}
      <SubmitActions busy={busy} label={submitLabel} busyLabel={busyLabel} onCancel={onCancel} />
    </form>
  );
}
