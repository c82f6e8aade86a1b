import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { TopicView } from '../../shared/firstup/firstup-views.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { TopicForm } from './TopicForm.js';

export interface NewTopicProps {
  readonly programId: string;
  readonly onCreated: (topic: TopicView) => void;
}

const blank = { name: '', description: '' };

/** "New topic" opens the form in place; closing it, by Cancel or by creating, hands focus back to the button. */
export function NewTopic({ programId, onCreated }: NewTopicProps) {
  const studio = useStudio();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const focusToggleNext = useRef(false);

  useLayoutEffect(() => {
    if (!focusToggleNext.current) return;
    focusToggleNext.current = false;
    toggle.current?.focus();
  });

  const close = () => {
    focusToggleNext.current = true;
    setOpen(false);
  };

  return (
    <div className="topic-new">
      <button ref={toggle} type="button" className="program-button program-add-toggle" aria-expanded={open} aria-controls={open ? formId : undefined} onClick={() => setOpen(!open)}>
        <span className="program-add-mark" aria-hidden="true">
          {open ? '−' : '+'}
        </span>
        New topic
      </button>
      {open && (
        <div id={formId}>
          <TopicForm
            label="New topic"
            initial={blank}
            submitLabel="Create topic"
            busyLabel="Creating…"
            onSubmit={async (input) => {
              const topic = await unwrap(studio.topics.create({ programId, ...input }));
              close();
              onCreated(topic);
            }}
            onCancel={close}
          />
        </div>
      )}
    </div>
  );
}
