import { useCallback } from 'react';
import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { titleOf } from './draft-labels.js';
import type { Notice } from '../studio/StatusLine.js';

const drafts = (count: number) => (count === 1 ? '1 draft' : `${count} drafts`);

/** What went wrong for each draft that failed, after the sentence about those that worked. */
function withFailures(sentence: string, failures: readonly string[]): Notice {
  return failures.length === 0 ? { tone: 'info', text: sentence } : { tone: 'error', text: [sentence, ...failures].filter((part) => part !== '').join(' ') };
}

/**
 * Moving drafts to the trash (kept 30 days) and back. The notice after a move offers Undo, which restores
 * exactly the drafts that went.
 */
export function useTrashActions(notify: (notice: Notice) => void) {
  const studio = useStudio();

  const restore = useCallback(
    async (items: readonly DraftListItem[]) => {
      const failures: string[] = [];
      let restored = 0;
      for (const item of items) {
        try {
          await unwrap(studio.drafts.restoreFromTrash({ id: item.id }));
          restored += 1;
        } catch (error) {
          failures.push(`“${titleOf(item)}” could not be restored: ${describeError(error)}`);
        }
      }
      const sentence = items.length === 1 && restored === 1 ? `Restored “${titleOf(items[0] ?? { title: '' })}” from the trash.` : restored > 0 ? `Restored ${drafts(restored)} from the trash.` : '';
      notify(withFailures(sentence, failures));
    },
    [studio, notify],
  );

  const trash = useCallback(
    async (items: readonly DraftListItem[]) => {
      const failures: string[] = [];
      const trashed: DraftListItem[] = [];
      for (const item of items) {
        try {
          await unwrap(studio.drafts.delete({ id: item.id }));
          trashed.push(item);
        } catch (error) {
          failures.push(`“${titleOf(item)}” could not be moved to the trash: ${describeError(error)}`);
        }
      }
      const notice = withFailures(trashed.length > 0 ? `Moved ${drafts(trashed.length)} to the trash.` : '', failures);
      notify(trashed.length > 0 ? { ...notice, action: { label: 'Undo', run: () => void restore(trashed) } } : notice);
    },
    [studio, notify, restore],
  );

  return { trash, restore };
}
