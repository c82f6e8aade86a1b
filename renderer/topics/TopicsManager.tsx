import { useId, useState } from 'react';
import type { TopicView } from '../../shared/firstup/firstup-views.js';
import { describeReadError, TOPICS_OFFLINE } from '../library/describe-read-error.js';
import { LoadProblem } from '../library/LoadProblem.js';
import { NewTopic } from './NewTopic.js';
import { TopicRow } from './TopicRow.js';
import { useAllTopics } from './use-all-topics.js';

const count = new Intl.NumberFormat();
const topicsWord = (n: number) => `${count.format(n)} ${n === 1 ? 'topic' : 'topics'}`;

function matches(topic: TopicView, words: readonly string[]): boolean {
  const text = `${topic.name} ${topic.description ?? ''}`.toLocaleLowerCase();
  return words.every((word) => text.includes(word));
}

/** The topics of one signed-in program: searched, created and edited in place. */
export function TopicsManager({ programId }: { programId: string }) {
  const { state, reload, upsert } = useAllTopics(programId);
  const searchId = useId();
  const headingId = useId();
  const [query, setQuery] = useState('');
  // Said once by screen readers; a polite region apart from the count, which changes as the person types.
  const [announcement, setAnnouncement] = useState('');

  const words = query.toLocaleLowerCase().split(/\s+/).filter((word) => word !== '');
  const shown = state.status === 'ready' ? state.topics.filter((topic) => matches(topic, words)) : [];

  return (
    <div className="topics-manager">
      <NewTopic
        programId={programId}
        onCreated={(topic) => {
          upsert(topic);
          setAnnouncement(`Created the topic “${topic.name}”.`);
        }}
      />

      <section className="topics-section" aria-labelledby={headingId}>
        <div className="topics-toolbar">
          <h2 id={headingId}>All topics</h2>
          <div className="topics-search">
            <label className="program-label" htmlFor={searchId}>
              Search topics
            </label>
            <input id={searchId} type="search" className="program-input" value={query} autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
          </div>
        </div>

        {state.status === 'loading' && (
          <p className="read-status" role="status">
            <span className="read-spinner" aria-hidden="true" />
            Reading the topics…
          </p>
        )}
        {state.status === 'failed' && <LoadProblem message={describeReadError(state.error, TOPICS_OFFLINE)} onRetry={reload} />}
        {state.status === 'ready' && (
          <>
            <p className="topics-count" aria-live="polite">
              {words.length === 0 ? topicsWord(state.topics.length) : `${count.format(shown.length)} of ${topicsWord(state.topics.length)} match “${query.trim()}”`}
              {state.complete ? '' : ' (the program has more; only these were read)'}
            </p>
            {shown.length === 0 ? (
              <p className="read-empty">{words.length === 0 ? 'This program has no topics yet.' : 'No topic matches this search.'}</p>
            ) : (
              <ul className="topic-list" aria-labelledby={headingId}>
                {shown.map((topic) => (
                  <TopicRow
                    key={topic.id}
                    programId={programId}
                    topic={topic}
                    onSaved={(saved, previousName) => {
                      upsert(saved);
                      setAnnouncement(saved.name === previousName ? `Saved the topic “${saved.name}”.` : `Renamed “${previousName}” to “${saved.name}”.`);
                    }}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <p className="program-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
