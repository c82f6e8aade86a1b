/** Opening a draft is a URL fragment, so a reload comes back to the same draft and bad fragments fall back to the list. */
import { expect, it } from 'vitest';
import { draftIdFromHash, hashForDraft, screenFromHash } from '../../../renderer/navigation/screen-hash.js';

const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

it('reads the open draft from #/drafts/<uuid>, on the Drafts screen', () => {
  expect(hashForDraft(id)).toBe(`#/drafts/${id}`);
  expect(draftIdFromHash(hashForDraft(id))).toBe(id);
  expect(screenFromHash(hashForDraft(id)).id).toBe('drafts');
  expect(draftIdFromHash(`#/drafts/${id.toUpperCase()}`)).toBe(id);
});

it('shows the list for the bare screen, another screen, or anything that is not a draft id', () => {
  expect(draftIdFromHash('#/drafts')).toBeNull();
  expect(draftIdFromHash(`#/library/${id}`)).toBeNull();
  expect(draftIdFromHash('#/drafts/../settings')).toBeNull();
  expect(draftIdFromHash('#/drafts/<img src=x onerror=alert(1)>')).toBeNull();
  expect(screenFromHash('#/nowhere').id).toBe('drafts');
});
