import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft, DraftContent, DraftSaveAck } from '../../shared/drafts/draft-schema.js';
import { syncStatusAfterLocalEdit } from '../../shared/drafts/sync-status.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { createAutosave, type Autosave, type AutosaveState } from '../drafts/autosave.js';
import type { ArticleBody } from '../editor/ArticleEditor.js';
import { registerFlush } from '../drafts/flush-registry.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

export type DraftSessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      /** The draft as last loaded or acknowledged: its revision, remote link and sync status are current. */
      readonly draft: Draft;
      /** Goes up whenever the text was replaced from outside (restore, sync, workflow): the editor reloads then. */
      readonly generation: number;
    };

export interface DraftSession {
  readonly state: DraftSessionState;
  readonly saveState: AutosaveState;
  /** Metadata edits (title, topics, …): shown at once, saved by the autosave. */
  readonly update: (patch: Partial<DraftContent>) => void;
  /** The editor's body on every change: kept out of React state, and serialised only when saved, so typing stays fast. */
  readonly setBody: (body: ArticleBody) => void;
  /** The text as it is now, including what is not saved yet. */
  readonly current: () => DraftContent | null;
  readonly flush: () => Promise<void>;
  /** Takes a draft the core changed (a restore, a push, a workflow step) as the new starting point. */
  readonly replace: (draft: Draft) => void;
  readonly reload: () => void;
  /** After the draft was saved from another window: save this text over what was saved there. */
  readonly keepMine: () => Promise<void>;
}

/** What the autosave holds: the text as it was at a change, serialised only when it is saved. */
type Snapshot = () => DraftContent;

function contentOf(draft: Draft): DraftContent {
  const { contentType, title, summary, bodyHtml, linkUrl, topics, images, videos, author, visibility, featured } = draft;
  return { contentType, title, summary, bodyHtml, linkUrl, topics, images, videos, author, visibility, featured };
}

/**
 * One open draft: loads it, keeps the text being edited, and saves it through
 * the autosave with the revision it is based on. "Saved" (saveState) comes
 * only from the store's acknowledgement. A save refused because the draft
 * changed elsewhere keeps the text here and says so; nothing is overwritten.
 */
export function useDraftSession(draftId: string, autosaveDelaySeconds: number): DraftSession {
  const studio = useStudio();
  const [state, setState] = useState<DraftSessionState>({ status: 'loading' });
  const [saveState, setSaveState] = useState<AutosaveState>({ kind: 'saved' });
  const [attempt, setAttempt] = useState(0);
  const content = useRef<DraftContent | null>(null);
  /** A body newer than `content.bodyHtml`, not serialised yet. */
  const body = useRef<ArticleBody | null>(null);
  const revision = useRef(0);
  const autosave = useRef<Autosave<Snapshot> | null>(null);
  // The delay in force when the draft was opened: a change in Settings applies to the next draft opened, not by reloading this one.
  const [delaySeconds] = useState(autosaveDelaySeconds);
  const dirty = useRef(false);

  // The screen's copy keeps the body it was opened with: the editor holds the live text, and re-rendering a megabyte per save would be waste.
  const acknowledge = useCallback((ack: DraftSaveAck) => {
    revision.current = ack.revision;
    setState((previous) =>
      previous.status !== 'ready'
        ? previous
        : { ...previous, draft: { ...previous.draft, revision: ack.revision, updatedAt: ack.updatedAt, syncStatus: syncStatusAfterLocalEdit[previous.draft.syncStatus] } },
    );
  }, []);

  const materialise = useCallback((): DraftContent | null => {
    if (body.current !== null && content.current !== null) {
      content.current = { ...content.current, bodyHtml: body.current.html() };
      body.current = null;
    }
    return content.current;
  }, []);

  useEffect(() => {
    let active = true;
    const saver = createAutosave<Snapshot>({
      debounceMs: delaySeconds * 1_000,
      onState: (next) => {
        dirty.current = next.kind !== 'saved';
        if (active) setSaveState(next);
      },
      save: async (snapshot) => {
        const ack = await unwrap(studio.drafts.save({ id: draftId, baseRevision: revision.current, content: snapshot() }));
        if (active) acknowledge(ack);
      },
    });
    autosave.current = saver;
    const unregister = registerFlush({ flush: () => saver.flush(), hasUnsaved: () => dirty.current });
    void unwrap(studio.drafts.get({ id: draftId })).then(
      (draft) => {
        if (!active) return;
        content.current = contentOf(draft);
        body.current = null;
        revision.current = draft.revision;
        setState({ status: 'ready', draft, generation: 0 });
      },
      (error: unknown) => {
        if (!active) return;
        const missing = error instanceof StudioError && error.code === 'not_found';
        setState({ status: 'failed', message: missing ? 'This draft no longer exists. It may have been moved to the trash.' : describeError(error) });
      },
    );
    return () => {
      active = false;
      unregister();
      // Leaving the draft (another draft, another screen) saves what was typed; the save outlives the screen.
      void saver.flush().finally(() => saver.dispose());
    };
  }, [studio, draftId, delaySeconds, attempt, acknowledge]);

  const queueSave = useCallback(() => {
    const meta = content.current;
    const latest = body.current;
    if (meta === null) return;
    autosave.current?.change(() => (latest === null ? meta : { ...meta, bodyHtml: latest.html() }));
  }, []);

  const update = useCallback(
    (patch: Partial<DraftContent>) => {
      if (content.current === null) return;
      content.current = { ...content.current, ...patch };
      queueSave();
      setState((previous) => (previous.status === 'ready' ? { ...previous, draft: { ...previous.draft, ...patch } } : previous));
    },
    [queueSave],
  );

  const setBody = useCallback(
    (next: ArticleBody) => {
      body.current = next;
      queueSave();
    },
    [queueSave],
  );

  const keepMine = useCallback(async () => {
    const stored = await unwrap(studio.drafts.get({ id: draftId }));
    revision.current = stored.revision;
    queueSave();
    await autosave.current?.flush();
  }, [studio, draftId, queueSave]);

  const replace = useCallback((draft: Draft) => {
    content.current = contentOf(draft);
    body.current = null;
    revision.current = draft.revision;
    setState((previous) => ({ status: 'ready', draft, generation: previous.status === 'ready' ? previous.generation + 1 : 0 }));
  }, []);

  return useMemo(
    () => ({
      state,
      saveState,
      update,
      setBody,
      current: materialise,
      flush: () => autosave.current?.flush() ?? Promise.resolve(),
      replace,
      reload: () => {
        setState({ status: 'loading' });
        setAttempt((count) => count + 1);
      },
      keepMine,
    }),
    [state, saveState, update, setBody, materialise, replace, keepMine],
  );
}
