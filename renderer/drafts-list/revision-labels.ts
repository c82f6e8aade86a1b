import type { RevisionReason } from '../../shared/drafts/draft-schema.js';

/** Why a version was kept, in words. */
export const revisionReasonLabels: Readonly<Record<RevisionReason, string>> = {
  interval: 'Every few minutes while editing',
  before_restore: 'Before a restore',
  before_sync: 'Before sending to Firstup',
  before_publish: 'Before publishing',
};
