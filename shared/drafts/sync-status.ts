import type { SyncStatus } from './draft-schema.js';

/** A local edit on top of the remote state: what was in step is now ahead, what had moved remotely now conflicts. */
export const syncStatusAfterLocalEdit: Readonly<Record<SyncStatus, SyncStatus>> = {
  local_only: 'local_only',
  in_sync: 'changed_here',
  changed_here: 'changed_here',
  changed_remotely: 'conflict',
  conflict: 'conflict',
};
