import { FilterSelect } from '../drafts-list/FilterSelect.js';
import type { AllTopicsState } from '../topics/use-all-topics.js';
import { stateChoices, stateLabels, typeChoices, typeLabels } from './content-labels.js';
import type { LibraryFilters } from './library-filters.js';

export interface LibraryFilterBarProps {
  readonly filters: LibraryFilters;
  readonly topics: AllTopicsState;
  readonly onChange: (filters: LibraryFilters) => void;
}

/** State, type and topic: each narrows the Library to posts that match it. */
export function LibraryFilterBar({ filters, topics, onChange }: LibraryFilterBarProps) {
  const topicOptions =
    topics.status === 'ready'
      ? topics.topics.map((topic) => ({ value: String(topic.id), label: topic.state === 'archived' ? `${topic.name} (archived)` : topic.name }))
      : [];
  return (
    <div className="library-filters" role="group" aria-label="Filter posts">
      <FilterSelect
        label="State"
        value={filters.state}
        anyLabel="Any state"
        options={stateChoices.map((state) => ({ value: state, label: stateLabels[state] }))}
        onChange={(state) => onChange({ ...filters, state })}
      />
      <FilterSelect
        label="Type"
        value={filters.contentType}
        anyLabel="Any type"
        options={typeChoices.map((type) => ({ value: type, label: typeLabels[type] }))}
        onChange={(contentType) => onChange({ ...filters, contentType })}
      />
      <FilterSelect
        label="Topic"
        value={filters.topicId === null ? null : String(filters.topicId)}
        anyLabel={topics.status === 'loading' ? 'Any topic (reading topics…)' : 'Any topic'}
        options={topicOptions}
        onChange={(topicId) => onChange({ ...filters, topicId: topicId === null ? null : Number(topicId) })}
      />
    </div>
  );
}
