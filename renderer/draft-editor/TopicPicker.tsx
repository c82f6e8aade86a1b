import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { DraftTopic } from './draft-topic.js';
import type { ProgramTopicsState } from './use-program-topics.js';
import { TopicCreateForm } from './TopicCreateForm.js';
import type { TopicView } from '../../shared/firstup/firstup-views.js';

interface TopicPickerProps {
  readonly programId: string;
  readonly selected: readonly DraftTopic[];
  readonly onChange: (topics: DraftTopic[]) => void;
  /** The post exists on Firstup: its topics were fixed when it was made. */
  readonly locked: boolean;
  readonly topics: ProgramTopicsState & { readonly reload: () => void; readonly add: (topic: TopicView) => void };
}

const MAX_SHOWN = 50;

/**
 * Search across every topic of the program and pick several. Topics cannot
 * change once the post is on Firstup (REFERENCE.md §8.4), so the picker says
 * so before the first push and becomes read-only after it.
 */
export function TopicPicker({ programId, selected, onChange, locked, topics }: TopicPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState<string | null>(null);
  const selectedIds = new Set(selected.map((topic) => topic.id));

  const matches = useMemo(() => {
    if (topics.status !== 'ready') return [];
    const wanted = query.trim().toLowerCase();
    return topics.topics.filter((topic) => wanted === '' || topic.name.toLowerCase().includes(wanted)).slice(0, MAX_SHOWN);
  }, [topics, query]);
  const exact = topics.status === 'ready' && topics.topics.some((topic) => topic.name.toLowerCase() === query.trim().toLowerCase());

  const toggle = (topic: TopicView) => {
    onChange(selectedIds.has(topic.id) ? selected.filter((item) => item.id !== topic.id) : [...selected, { id: topic.id, name: topic.name }]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((index) => Math.min(index + 1, matches.length - 1));
      event.preventDefault();
    } else if (event.key === 'ArrowUp') {
      setActive((index) => Math.max(index - 1, 0));
      event.preventDefault();
    } else if (event.key === 'Enter' && open && matches[active] !== undefined) {
      toggle(matches[active]);
      event.preventDefault();
    } else if (event.key === 'Escape' && open) {
      setOpen(false);
      event.preventDefault();
      event.stopPropagation();
    }
  };

  if (locked) {
    return (
      <div className="topic-picker" role="group" aria-labelledby={`${id}-label`}>
        <span className="field-label" id={`${id}-label`}>
          Topics
        </span>
        <ul className="topic-chips">
          {selected.map((topic) => (
            <li key={topic.id} className="topic-chip">
              {topic.name}
            </li>
          ))}
        </ul>
        <p className="field-hint">Fixed when the post was first sent to Firstup. For other topics, make a new draft.</p>
      </div>
    );
  }

  return (
    <div className="topic-picker" role="group" aria-labelledby={`${id}-label`}>
      <label className="field-label" id={`${id}-label`} htmlFor={`${id}-input`}>
        Topics
      </label>
      {selected.length > 0 && (
        <ul className="topic-chips" aria-label="Chosen topics">
          {selected.map((topic) => (
            <li key={topic.id} className="topic-chip">
              {topic.name}
              <button type="button" className="topic-chip-remove" aria-label={`Remove topic ${topic.name}`} onClick={() => onChange(selected.filter((item) => item.id !== topic.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-input`}
        className="field-input"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] !== undefined ? `${id}-option-${matches[active].id}` : undefined}
        placeholder={topics.status === 'ready' ? `Search ${topics.topics.length} topics` : 'Loading topics…'}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <p className="field-hint">Choose them now: topics are fixed when the post is first sent to Firstup.</p>
      {topics.status === 'ready' && topics.readAt !== undefined && (
        <p className="field-hint">
          Firstup cannot be reached: these are the topics as read at {topics.readAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.{' '}
          <button type="button" className="link-button" onClick={topics.reload}>
            Read again
          </button>
        </p>
      )}
      {topics.status === 'failed' && (
        <p className="field-error" role="alert">
          Topics could not be loaded. {topics.message}{' '}
          <button type="button" className="link-button" onClick={topics.reload}>
            Try again
          </button>
        </p>
      )}
      {open && topics.status === 'ready' && (
        <ul className="topic-options" id={`${id}-list`} role="listbox" aria-multiselectable="true" aria-label="Topics">
          {matches.map((topic, index) => (
            <li
              key={topic.id}
              id={`${id}-option-${topic.id}`}
              role="option"
              aria-selected={selectedIds.has(topic.id)}
              className={index === active ? 'topic-option topic-option-active' : 'topic-option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => toggle(topic)}
            >
              <span className="topic-option-check" aria-hidden="true">
                {selectedIds.has(topic.id) ? '✓' : ''}
              </span>
              <span className="topic-option-name">{topic.name}</span>
              {topic.followerCount !== null && <span className="topic-option-count">{topic.followerCount.toLocaleString()} followers</span>}
            </li>
          ))}
          {matches.length === 0 && <li className="topic-option-empty">No topic matches “{query.trim()}”.</li>}
        </ul>
      )}
      {query.trim() !== '' && !exact && topics.status === 'ready' && creating === null && (
        <button type="button" className="link-button" onClick={() => setCreating(query.trim().slice(0, 30))}>
          Create topic “{query.trim().slice(0, 30)}”…
        </button>
      )}
      {creating !== null && (
        <TopicCreateForm
          programId={programId}
          initialName={creating}
          onCancel={() => setCreating(null)}
          onCreated={(topic) => {
            topics.add(topic);
            onChange([...selected, { id: topic.id, name: topic.name }]);
            setCreating(null);
            setQuery('');
          }}
        />
      )}
    </div>
  );
}
