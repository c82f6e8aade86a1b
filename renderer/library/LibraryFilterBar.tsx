import { useId } from 'react';
import { contentStates, type ContentState } from '../../shared/firstup/firstup-views.js';
import type { AllTopicsState } from '../topics/use-all-topics.js';
import { stateChoices, stateLabels, typeChoices, typeLabels, type ContentType } from './content-labels.js';
import type { LibraryFilters } from './library-filters.js';

export interface LibraryFilterBarProps {
  readonly filters: LibraryFilters;
  readonly topics: AllTopicsState;
  readonly onChange: (filters: LibraryFilters) => void;
}

const ANY = '';

const isState = (value: string): value is ContentState => (contentStates as readonly string[]).includes(value);
const isType = (value: string): value is ContentType => (typeChoices as readonly string[]).includes(value);

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
        value={filters.state ?? ANY}
        options={[{ value: ANY, label: 'Any state' }, ...stateChoices.map((state) => ({ value: state, label: stateLabels[state] }))]}
        onChange={(value) => onChange({ ...filters, state: isState(value) ? value : null })}
      />
      <FilterSelect
        label="Type"
        value={filters.contentType ?? ANY}
        options={[{ value: ANY, label: 'Any type' }, ...typeChoices.map((type) => ({ value: type, label: typeLabels[type] }))]}
        onChange={(value) => onChange({ ...filters, contentType: isType(value) ? value : null })}
      />
      <FilterSelect
        label="Topic"
        value={filters.topicId === null ? ANY : String(filters.topicId)}
        options={[{ value: ANY, label: topics.status === 'loading' ? 'Any topic (reading topics…)' : 'Any topic' }, ...topicOptions]}
        onChange={(value) => onChange({ ...filters, topicId: value === ANY ? null : Number(value) })}
      />
    </div>
  );
}

interface FilterSelectProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly { value: string; label: string }[];
  readonly onChange: (value: string) => void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="library-filter">
      <label className="program-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="picker-select" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
