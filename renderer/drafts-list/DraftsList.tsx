import { useCallback, useId, useMemo, useState } from 'react';
import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import { usePrograms } from '../programs/use-programs.js';
import { useStudio } from '../studio/studio-context.js';
import { exportStep, moveStep, sendStep } from './bulk-steps.js';
import { BulkPanels, type OpenPanel } from './BulkPanels.js';
import { hasFilters, noFilters, type DraftFilters } from './draft-filters.js';
import { DraftFilterBar } from './DraftFilterBar.js';
import { DraftSearchField } from './DraftSearchField.js';
import { DraftsListBody } from './DraftsListBody.js';
import { ImportButton } from './ImportButton.js';
import { ImportResults } from './ImportResults.js';
import { NewDraftButton } from './NewDraftButton.js';
import { SelectionBar } from './SelectionBar.js';
import { StatusLine, type Notice } from '../studio/StatusLine.js';
import { StoreStatusNotice } from './StoreStatusNotice.js';
import { useBulkRun } from './use-bulk-run.js';
import { useDebouncedValue } from './use-debounced-value.js';
import { useDraftList } from './use-draft-list.js';
import { useImport } from './use-import.js';
import { useNow } from './use-now.js';
import { useTopicOptions } from './use-topic-options.js';
import { useTrashActions } from './use-trash-actions.js';
import './drafts-list.css';

const SEARCH_DELAY_MS = 250;

/**
 * The Drafts screen when no draft is open (no props): every local draft, searchable and filterable, with
 * New draft, Import, bulk actions and the trash. Opening a draft goes to #/drafts/<id>.
 */
export function DraftsList() {
  const studio = useStudio();
  const listHeadingId = useId();
  const countId = useId();
  const [searchText, setSearchText] = useState('');
  const [filters, setFilters] = useState<DraftFilters>(noFilters);
  const [trashed, setTrashed] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [panel, setPanel] = useState<OpenPanel | null>(null);
  const search = useDebouncedValue(trashed ? '' : searchText, SEARCH_DELAY_MS);
  const list = useDraftList({ filters, trashed, search });
  const bulk = useBulkRun();
  const importer = useImport(filters.programId);
  const { trash, restore } = useTrashActions(setNotice);
  const now = useNow();
  const { state: programsState } = usePrograms();

  const items = useMemo(() => (list.state.status === 'ready' ? list.state.items : []), [list.state]);
  const programs = useMemo(
    () => (programsState.status === 'ready' ? programsState.programs.map((view) => ({ id: view.program.id, name: view.program.displayName })) : []),
    [programsState],
  );
  const programNames = programs.length > 1 ? new Map(programs.map((program) => [program.id, program.name])) : null;
  // With one program, its topics are the only ones; with several, topic ids mean something only within one.
  const topicProgramId = filters.programId ?? (programs.length === 1 ? (programs[0]?.id ?? null) : null);
  const topics = useTopicOptions(topicProgramId, items);
  const chosen = items.filter((item) => selected.has(item.id));
  const searching = !trashed && searchText.trim() !== '';

  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const closePanel = () => {
    bulk.reset();
    setPanel(null);
  };
  const startRun = (kind: OpenPanel['kind'], drafts: readonly DraftListItem[], run: (drafts: readonly DraftListItem[]) => Promise<unknown>) => {
    setPanel({ kind, items: drafts });
    void run(drafts).then(list.refresh);
  };
  const { refresh } = list;
  const onQueued = useCallback(() => {
    setSelected(new Set());
    refresh();
  }, [refresh]);
  const clearSearchAndFilters = () => {
    setSearchText('');
    setFilters(noFilters);
  };

  return (
    <div className="screen drafts-screen">
      <div className="drafts-header">
        <div className="screen-header">
          <h1>Drafts</h1>
          <p className="screen-lead">Articles you are writing, kept on this computer until you send them to Firstup.</p>
        </div>
        <div className="drafts-header-actions">
          <ImportButton busy={importer.state.status === 'running'} onFiles={importer.start} />
          <NewDraftButton programId={filters.programId} onError={(text) => setNotice({ tone: 'error', text })} />
        </div>
      </div>

      <StoreStatusNotice />

      <div className="drafts-tools">
        {!trashed && <DraftSearchField value={searchText} onChange={setSearchText} />}
        <button
          type="button"
          className="button drafts-trash-toggle"
          onClick={() => {
            setTrashed(!trashed);
            setSelected(new Set());
            closePanel();
          }}
        >
          {trashed ? 'Back to drafts' : 'Trash'}
        </button>
        <DraftFilterBar filters={filters} onChange={setFilters} programs={programs} topics={topics} topicsNeedProgram={topicProgramId === null} />
      </div>

      {importer.state.status !== 'idle' && <ImportResults state={importer.state} onDismiss={importer.dismiss} />}
      {panel !== null && (
        <BulkPanels
          panel={panel}
          run={bulk.state}
          programs={programs}
          onMove={(program) => startRun('move', panel.items, (drafts) => bulk.run(drafts, moveStep(studio, program)).then(() => setSelected(new Set())))}
          onExport={(format) => startRun('export', panel.items, (drafts) => bulk.run(drafts, exportStep(studio, format)))}
          onStop={bulk.stop}
          onClose={closePanel}
          onQueued={onQueued}
        />
      )}

      <section className="drafts-list" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} className="program-visually-hidden">
          {trashed ? 'Trash' : searching ? 'Search results' : 'Your drafts'}
        </h2>
        <SelectionBar
          shown={items.length}
          trashed={trashed}
          selected={chosen.length}
          countId={countId}
          onSelectAll={(all) => setSelected(all ? new Set(items.map((item) => item.id)) : new Set())}
          actions={
            trashed
              ? null
              : {
                  busy: bulk.state.status === 'running',
                  canMove: programs.length > 1,
                  onSend: () => startRun('send', chosen, (drafts) => bulk.run(drafts, sendStep(studio))),
                  onPublish: () => setPanel({ kind: 'publish', items: chosen }),
                  onExport: () => setPanel({ kind: 'export', items: chosen }),
                  onMove: () => setPanel({ kind: 'move', items: chosen }),
                  onTrash: () => {
                    setSelected(new Set());
                    void trash(chosen);
                  },
                }
          }
        />
        <DraftsListBody
          list={list}
          items={items}
          emptyKind={searching || hasFilters(filters) ? 'no-matches' : trashed ? 'empty-trash' : 'no-drafts'}
          onClearSearchAndFilters={clearSearchAndFilters}
          programNames={programNames}
          now={now}
          trashed={trashed}
          selected={selected}
          onToggle={toggle}
          onRestore={(item) => void restore([item])}
          labelledBy={listHeadingId}
          countId={countId}
        />
      </section>

      <StatusLine notice={notice} onDismiss={() => setNotice(null)} />
    </div>
  );
}
