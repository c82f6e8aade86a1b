import { useId, useState, type FormEvent } from 'react';
import type { TopicView } from '../../shared/firstup/firstup-views.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

interface TopicCreateFormProps {
  readonly programId: string;
  readonly initialName: string;
  readonly onCreated: (topic: TopicView) => void;
  readonly onCancel: () => void;
}

/** Creating a topic in place: Firstup needs a name (up to 30 characters) and a description; its refusal (the role) is shown here. */
export function TopicCreateForm({ programId, initialName, onCreated, onCancel }: TopicCreateFormProps) {
  const studio = useStudio();
  const id = useId();
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '' || description.trim() === '') {
      setError('A topic needs a name and a description.');
      return;
    }
    setBusy(true);
    setError(null);
    void unwrap(studio.topics.create({ programId, name: name.trim(), description: description.trim() })).then(onCreated, (failure: unknown) => {
      setBusy(false);
      setError(describeError(failure));
    });
  };

  return (
    <form className="topic-create" aria-label="Create a topic" onSubmit={submit}>
      <label htmlFor={`${id}-name`} className="field-label">
        New topic name
      </label>
      <input id={`${id}-name`} className="field-input" maxLength={30} value={name} onChange={(event) => setName(event.target.value)} />
      <label htmlFor={`${id}-description`} className="field-label">
        Description
      </label>
      <input id={`${id}-description`} className="field-input" maxLength={500} value={description} onChange={(event) => setDescription(event.target.value)} autoFocus />
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create topic'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
