import { contentTypeFilters, hasFilters, noFilters, remoteStateFilters, syncStatusFilters, type DraftFilters } from './draft-filters.js';
import { contentTypeLabels, remoteStateLabels, syncStatusLabels } from './draft-labels.js';
import { FilterSelect } from './FilterSelect.js';
import type { TopicOption } from './use-topic-options.js';

export interface DraftFilterBarProps {
  readonly filters: DraftFilters;
  readonly onChange: (filters: DraftFilters) => void;
  /** Offered only when there is more than one program. */
  readonly programs: readonly { readonly id: string; readonly name: string }[];
  readonly topics: readonly TopicOption[];
  /** Topic ids belong to a program: with several programs, one must be chosen first. */
  readonly topicsNeedProgram: boolean;
}

/** Narrow the list by kind, Firstup state, topic, sync status and program. */
export function DraftFilterBar({ filters, onChange, programs, topics, topicsNeedProgram }: DraftFilterBarProps) {
  const set = <K extends keyof DraftFilters>(key: K, value: DraftFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div className="drafts-filters" role="group" aria-label="Filters">
      <FilterSelect
        label="Type"
        anyLabel="Any type"
        value={filters.contentType}
        options={contentTypeFilters.map((value) => ({ value, label: contentTypeLabels[value] }))}
        onChange={(value) => set('contentType', value)}
      />
      <FilterSelect
        label="State on Firstup"
        anyLabel="Any state"
        value={filters.remoteState}
        options={remoteStateFilters.map((value) => ({ value, label: remoteStateLabels[value] }))}
        onChange={(value) => set('remoteState', value)}
      />
      <FilterSelect
        label="Topic"
        anyLabel={topicsNeedProgram ? 'Choose a program first' : 'Any topic'}
        value={filters.topicId === null ? null : String(filters.topicId)}
        options={topics.map((topic) => ({ value: String(topic.id), label: topic.name }))}
        onChange={(value) => set('topicId', value === null ? null : Number(value))}
        disabled={topicsNeedProgram}
      />
      <FilterSelect
        label="Sync"
        anyLabel="Any sync status"
        value={filters.syncStatus}
        options={syncStatusFilters.map((value) => ({ value, label: syncStatusLabels[value] }))}
        onChange={(value) => set('syncStatus', value)}
      />
      {programs.length > 1 && (
        <FilterSelect
          label="Program"
          anyLabel="All programs"
          value={filters.programId}
          options={programs.map((program) => ({ value: program.id, label: program.name }))}
          // A topic id means nothing in another program.
          onChange={(value) => onChange({ ...filters, programId: value, topicId: null })}
        />
      )}
      {hasFilters(filters) && (
        <button type="button" className="button button-quiet" onClick={() => onChange(noFilters)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
