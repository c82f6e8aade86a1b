import { useCallback, useRef, useState } from 'react';
import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import type { EnqueueCheck } from '../../shared/outbox/outbox-views.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

/** What "Publish…" does with the selection: the queue's actions a person picks from a list of drafts. */
export type PublishChoice = { readonly action: 'publish' | 'review' } | { readonly action: 'schedule'; readonly scheduledAt: number };

export interface Refused {
  readonly item: DraftListItem;
  readonly refusal: Extract<EnqueueCheck, { ok: false }>;
}

export type PublishRun =
  | { readonly status: 'choosing' }
  | { readonly status: 'checking'; readonly choice: PublishChoice }
  | { readonly status: 'checked'; readonly choice: PublishChoice; readonly ready: readonly DraftListItem[]; readonly refused: readonly Refused[] }
  | { readonly status: 'queueing'; readonly choice: PublishChoice; readonly ready: readonly DraftListItem[]; readonly refused: readonly Refused[] }
  /** `refused` now also holds drafts that changed between the check and the queueing and no longer pass. */
  | { readonly status: 'queued'; readonly choice: PublishChoice; readonly queued: number; readonly refused: readonly Refused[] }
  | { readonly status: 'failed'; readonly message: string };

/** The channels take at most 200 drafts per call. */
const CHUNK = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
}

const requestOf = (choice: PublishChoice, draftIds: string[]) =>
  choice.action === 'schedule' ? { draftIds, action: choice.action, scheduledAt: choice.scheduledAt } : { draftIds, action: choice.action };

/**
 * "Publish selected": every draft is checked first (the core runs the same
 * preflight it runs when queueing, and queues nothing), the person sees which
 * drafts are ready and what each of the others needs, and only then queues
 * the ready ones. The others stay drafts, untouched.
 */
export function usePublishSelected(items: readonly DraftListItem[]) {
  const studio = useStudio();
  const [run, setRun] = useState<PublishRun>({ status: 'choosing' });
  const current = useRef(0);

  const check = useCallback(
    async (choice: PublishChoice) => {
      const token = ++current.current;
      setRun({ status: 'checking', choice });
      try {
        const byId = new Map(items.map((item) => [item.id, item]));
        const ready: DraftListItem[] = [];
        const refused: Refused[] = [];
        for (const part of chunks(items)) {
          const { results } = await unwrap(studio.outbox.check(requestOf(choice, part.map((item) => item.id))));
          for (const result of results) {
            const item = byId.get(result.draftId);
            if (item === undefined) continue;
            if (result.ok) ready.push(item);
            else refused.push({ item, refusal: result });
          }
        }
        if (token === current.current) setRun({ status: 'checked', choice, ready, refused });
      } catch (error) {
        if (token === current.current) setRun({ status: 'failed', message: `The drafts could not be checked: ${describeError(error)}` });
      }
    },
    [items, studio],
  );

  const queue = useCallback(async () => {
    if (run.status !== 'checked' || run.ready.length === 0) return;
    const { choice, ready, refused } = run;
    const token = ++current.current;
    setRun({ status: 'queueing', choice, ready, refused });
    try {
      const byId = new Map(ready.map((item) => [item.id, item]));
      let queued = 0;
      const late: Refused[] = [];
      for (const part of chunks(ready)) {
        const { results } = await unwrap(studio.outbox.enqueue(requestOf(choice, part.map((item) => item.id))));
        for (const result of results) {
          if (result.ok) queued += 1;
          else late.push({ item: byId.get(result.draftId)!, refusal: result });
        }
      }
      if (token === current.current) setRun({ status: 'queued', choice, queued, refused: [...refused, ...late] });
    } catch (error) {
      if (token === current.current) setRun({ status: 'failed', message: `The drafts could not be queued: ${describeError(error)} Nothing is lost; try again.` });
    }
  }, [run, studio]);

  const restart = useCallback(() => {
    current.current += 1;
    setRun({ status: 'choosing' });
  }, []);

  return { run, check, queue, restart };
}
