import { useId } from 'react';
import { draftContentTypes, type Draft, type DraftContent } from '../../shared/drafts/draft-schema.js';
import { ReachPanel } from './ReachPanel.js';
import { TopicPicker } from './TopicPicker.js';
import { useProgramTopics } from './use-program-topics.js';
import { useReach } from './use-reach.js';

const typeLabels: Record<DraftContent['contentType'], string> = { article: 'Article', link: 'Link', image: 'Image', video: 'Video' };

interface MetadataPanelProps {
  readonly draft: Draft;
  readonly update: (patch: Partial<DraftContent>) => void;
}

/** Everything about the post but its text: type, topics and reach, visibility, featured, author. */
export function MetadataPanel({ draft, update }: MetadataPanelProps) {
  const id = useId();
  const onFirstup = draft.remote !== null;
  const topics = useProgramTopics(draft.programId);
  const reach = useReach(
    draft.programId,
    draft.topics.map((topic) => topic.id),
    draft.remote?.id ?? null,
  );

  return (
    <section className="metadata-panel" aria-label="Post settings">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-type`}>
          Type
        </label>
        <select id={`${id}-type`} className="field-input" value={draft.contentType} disabled={onFirstup} onChange={(event) => update({ contentType: event.target.value as DraftContent['contentType'] })}>
          {draftContentTypes.map((type) => (
            <option key={type} value={type}>
              {typeLabels[type]}
            </option>
          ))}
        </select>
        {onFirstup && <p className="field-hint">The type was set when the post was first sent to Firstup.</p>}
      </div>
      <div className="field" id="draft-field-topics">
        <TopicPicker programId={draft.programId} selected={draft.topics} onChange={(next) => update({ topics: next })} locked={onFirstup} topics={topics} />
      </div>
      <ReachPanel reach={reach} onFirstup={onFirstup} />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-visibility`}>
          Visibility
        </label>
        <select
          id={`${id}-visibility`}
          className="field-input"
          value={draft.visibility ?? 'default'}
          onChange={(event) => update({ visibility: event.target.value === 'default' ? null : (event.target.value as 'private' | 'public') })}
        >
          <option value="default">The program’s default</option>
          <option value="private">Private: people in the program</option>
          <option value="public">Public: anyone with the link</option>
        </select>
      </div>
      <div className="field field-checkbox">
        <input id={`${id}-featured`} type="checkbox" checked={draft.featured} onChange={(event) => update({ featured: event.target.checked })} />
        <label htmlFor={`${id}-featured`}>Featured</label>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-author`}>
          Byline
        </label>
        <input
          id={`${id}-author`}
          className="field-input"
          maxLength={200}
          value={draft.author.displayName ?? ''}
          placeholder="You (the signed-in account)"
          onChange={(event) => update({ author: { userId: null, displayName: event.target.value === '' ? null : event.target.value } })}
        />
        <p className="field-hint">Leave empty to post under the signed-in account.</p>
      </div>
    </section>
  );
}
