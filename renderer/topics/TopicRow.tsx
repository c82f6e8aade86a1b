import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { TopicView } from '../../shared/firstup/firstup-views.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { followersLabel, topicStateLabel } from './topic-labels.js';
import { TopicForm } from './TopicForm.js';

export interface TopicRowProps {
  readonly programId: string;
  readonly topic: TopicView;
  readonly onSaved: (topic: TopicView, previousName: string) => void;
}

/** One topic: its name, state, description and followers, and its name and description edited in place. */
export function TopicRow({ programId, topic, onSaved }: TopicRowProps) {
  const studio = useStudio();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditNext = useRef(false);

  useLayoutEffect(() => {
    if (!focusEditNext.current) return;
    focusEditNext.current = false;
    editButton.current?.focus();
  });

  const stopEditing = () => {
    focusEditNext.current = true;
    setEditing(false);
  };

  const save = async (input: { name: string; description: string }) => {
    // Only what changed is sent: the update's exact fields are UNKNOWN (REFERENCE.md §6), and an unchanged name must not trip a uniqueness check.
    const changes = {
      ...(input.name === topic.name.trim() ? {} : { name: input.name }),
      ...(input.description === (topic.description ?? '').trim() ? {} : { description: input.description }),
    };
    if (Object.keys(changes).length > 0) onSaved(await unwrap(studio.topics.update({ programId, topicId: topic.id, ...changes })), topic.name);
    stopEditing();
  };

  return (
    <li className="topic" aria-labelledby={`${id}-name`}>
      <div className="topic-head">
        <h3 className="topic-name" id={`${id}-name`}>
          {topic.name}
        </h3>
        {topic.state !== null && (
          <span className="topic-state" data-state={topic.state}>
            {topicStateLabel(topic.state)}
          </span>
        )}
        <span className="topic-followers">{followersLabel(topic.followerCount)}</span>
      </div>
      {editing ? (
        <TopicForm
          label={`Edit “${topic.name}”`}
          initial={{ name: topic.name, description: topic.description ?? '' }}
          submitLabel="Save topic"
          busyLabel="Saving…"
          onSubmit={save}
          onCancel={stopEditing}
          descriptionRequired={(topic.description ?? '').trim() !== ''}
        />
      ) : (
        <>
          <p className="topic-description">{topic.description ?? 'No description.'}</p>
          <button ref={editButton} type="button" className="program-button topic-edit" aria-describedby={`${id}-name`} onClick={() => setEditing(true)}>
            Edit
          </button>
        </>
      )}
    </li>
  );
}
