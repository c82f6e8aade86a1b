import type { AccountIdentity, AccountState, AccountStatus, AccountStatusChange, SecretPersistence } from '../../../shared/accounts/account-status.js';
import type { Logger } from '../logging/logger.js';

export type StatusListener = (change: AccountStatusChange) => void;

/**
 * Each program's sign-in state, and the listeners told when it changes (the
 * IPC layer forwards them to the renderer). Only states and identities are
 * held here, never a token, so a status can always be shown or sent.
 */
export interface AccountStatusTracker {
  /** Undefined until the program's state was derived or set this session. */
  current(id: string): AccountStatus | undefined;
  set(id: string, state: AccountState): void;
  /** Only while signed in: an identity must not outlive the session it describes. */
  setIdentity(id: string, identity: AccountIdentity): void;
  forget(id: string): void;
  onChange(listener: StatusListener): () => void;
}

const sameIdentity = (a: AccountIdentity | undefined, b: AccountIdentity | undefined) =>
  a?.userId === b?.userId && a?.programId === b?.programId && a?.displayName === b?.displayName;

export function createAccountStatusTracker(secretPersistence: SecretPersistence, logger: Logger): AccountStatusTracker {
  const statuses = new Map<string, AccountStatus>();
  const listeners = new Set<StatusListener>();

  function publish(id: string, status: AccountStatus): void {
    const previous = statuses.get(id);
    statuses.set(id, status);
    if (previous?.state === status.state && sameIdentity(previous.identity, status.identity)) return;
    for (const listener of listeners) {
      try {
        listener({ id, status });
      } catch {
        logger.error('A sign-in status listener failed', { program: id });
      }
    }
  }

  return {
    current: (id) => statuses.get(id),
    set(id, state) {
      // A new sign-in or sign-out starts a new identity; a refresh keeps the one confirmed by the API.
      const identity = state === 'signed_in' ? statuses.get(id)?.identity : undefined;
      publish(id, { state, secretPersistence, ...(identity === undefined ? {} : { identity }) });
    },
    setIdentity(id, identity) {
      if (statuses.get(id)?.state === 'signed_in') publish(id, { state: 'signed_in', identity, secretPersistence });
    },
    forget: (id) => statuses.delete(id),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
