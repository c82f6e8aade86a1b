import { useCallback, useMemo, useRef, useState } from 'react';
import type { PreflightProblem } from '../../shared/publishing/preflight.js';
import type { WorkflowAction } from '../../shared/publishing/workflow.js';
import { ConflictView } from '../drafts-list/ConflictView.js';
import { RevisionHistory } from '../drafts-list/RevisionHistory.js';
import { ArticleEditor, type ArticleEditorHandle } from '../editor/ArticleEditor.js';
import { navigateTo } from '../navigation/screen-hash.js';
import { useShortcutHandlers } from '../shortcuts/shortcut-handlers.js';
import { useSettings } from '../studio/settings-context.js';
import { useStudio } from '../studio/studio-context.js';
import { createEditorMedia } from './editor-media.js';
import { ImagePostFields } from './ImagePostFields.js';
import { LinkPostFields } from './LinkPostFields.js';
import { MetadataPanel } from './MetadataPanel.js';
import { SaveStatus } from './SaveStatus.js';
import { useDraftSession } from './use-draft-session.js';
import { useWorkflow } from './use-workflow.js';
import { WorkflowBar } from './WorkflowBar.js';
import './draft-editor.css';

/** Where the preflight sends the caret for each kind of problem. */
function focusProblem(problem: PreflightProblem, editor: ArticleEditorHandle | null): void {
  if (problem.field === 'body' || (problem.field === 'images' && editor !== null)) {
    editor?.focus();
    return;
  }
  const field = document.getElementById(`draft-field-${problem.field}`);
  const target = field?.matches('input, textarea, select') ? field : field?.querySelector<HTMLElement>('input, textarea, select, button');
  target?.focus();
}

/** The studio's writing screen: the text in the middle, the post's settings beside it, the workflow above. */
export function DraftEditorScreen({ draftId }: { draftId: string }) {
  const studio = useStudio();
  const { settings } = useSettings();
  const session = useDraftSession(draftId, settings.autosaveDelaySeconds);
  const workflow = useWorkflow(session, draftId);
  const editor = useRef<ArticleEditorHandle>(null);
  const [panel, setPanel] = useState<'none' | 'history'>('none');
  const [requested, setRequested] = useState<WorkflowAction | null>(null);
  const { state, update } = session;
  const draft = state.status === 'ready' ? state.draft : null;
  const onFirstup = draft?.remote != null;

  const media = useMemo(
    () =>
      createEditorMedia(studio, () => ({ id: draftId, onFirstup }), (video) => {
        const current = session.current();
        if (current !== null) update({ videos: [...current.videos.filter((item) => item.videoId !== video.videoId), video] });
      }),
    [studio, draftId, onFirstup, session, update],
  );
  const showProblem = useCallback((problem: PreflightProblem) => focusProblem(problem, editor.current), []);
  useShortcutHandlers({
    saveNow: () => void session.flush(),
    publish: () => setRequested('publish'),
    history: () => setPanel((open) => (open === 'history' ? 'none' : 'history')),
  });

  if (state.status === 'loading') {
    return (
      <div className="screen draft-editor-screen" aria-busy="true">
        <h1 className="visually-hidden">Opening draft</h1>
        <p className="draft-editor-loading">Opening the draft…</p>
      </div>
    );
  }
  if (state.status === 'failed' || draft === null) {
    return (
      <div className="screen draft-editor-screen">
        <h1>This draft could not be opened</h1>
        <p role="alert">{state.status === 'failed' ? state.message : ''}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={session.reload}>
            Try again
          </button>
          <button type="button" className="button" onClick={() => navigateTo('drafts')}>
            Back to drafts
          </button>
        </div>
      </div>
    );
  }

  const typeLabel = draft.contentType === 'article' || draft.contentType === 'video' ? 'Article text' : null;
  return (
    <div className="screen draft-editor-screen">
      <h1 className="visually-hidden">Editing {draft.title.trim() === '' ? 'an untitled draft' : `“${draft.title}”`}</h1>
      <header className="draft-editor-header">
        <button type="button" className="button button-quiet" onClick={() => navigateTo('drafts')}>
          ← All drafts
        </button>
        <SaveStatus state={session.saveState} onKeepMine={() => void session.keepMine()} onReload={session.reload} />
        <button type="button" className="button button-quiet" aria-pressed={panel === 'history'} onClick={() => setPanel(panel === 'history' ? 'none' : 'history')}>
          History
        </button>
        <WorkflowBar draft={draft} session={session} workflow={workflow} requested={requested} onRequestHandled={() => setRequested(null)} onShowProblem={showProblem} />
      </header>
      {(draft.syncStatus === 'conflict' || draft.syncStatus === 'changed_remotely') && (
        <ConflictView
          draftId={draft.id}
          onResolved={(resolved) => {
            session.replace(resolved);
            workflow.dismiss();
          }}
        />
      )}
      <div className="draft-editor-body" inert={workflow.run.status === 'running'}>
        <div className="draft-editor-main">
          <label className="visually-hidden" htmlFor="draft-field-title">
            Title
          </label>
          <input
            id="draft-field-title"
            className="draft-title-input"
            placeholder="Title"
            maxLength={1_000}
            value={draft.title}
            onChange={(event) => update({ title: event.target.value })}
            onBlur={() => void session.flush()}
          />
          <label className="visually-hidden" htmlFor="draft-field-summary">
            Summary
          </label>
          <textarea
            id="draft-field-summary"
            className="draft-summary-input"
            placeholder="Summary: one or two sentences readers see in their feed"
            maxLength={5_000}
            rows={2}
            value={draft.summary}
            onChange={(event) => update({ summary: event.target.value })}
            onBlur={() => void session.flush()}
          />
          {draft.contentType === 'link' && <LinkPostFields linkUrl={draft.linkUrl} onChange={(linkUrl) => update({ linkUrl })} />}
          {draft.contentType === 'image' && <ImagePostFields images={draft.images} onChange={(images) => update({ images })} media={media} />}
          {draft.contentType === 'video' && (
            <p className="field-hint">Add the video with the Video button in the toolbar; the text around it is its caption.</p>
          )}
          {typeLabel !== null && (
            <ArticleEditor
              key={`${draft.id}-${state.generation}`}
              ref={editor}
              label={typeLabel}
              initialHtml={draft.bodyHtml}
              onChange={session.setBody}
              onBlur={() => void session.flush()}
              spellCheck={settings.spellCheckLanguages.length > 0}
              lang={settings.spellCheckLanguages[0] ?? 'en'}
              media={media}
            />
          )}
        </div>
        <MetadataPanel draft={draft} update={update} />
      </div>
      {panel === 'history' && (
        <RevisionHistory
          draftId={draft.id}
          onRestored={() => {
            setPanel('none');
            session.reload();
          }}
        />
      )}
    </div>
  );
}
