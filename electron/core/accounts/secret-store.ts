import type { SecretPersistence } from '../../../shared/accounts/account-status.js';

/**
 * Where refresh tokens and client secrets rest: Electron `safeStorage` in the
 * app (electron/app/safe-storage-secret-store.ts), memory in browser mode and
 * tests. Access tokens never come here; they live in memory only.
 */
export interface SecretStore {
  /** `session-only`: nothing survives a restart (no OS keyring); the UI says so. */
  readonly persistence: SecretPersistence;
  /**
   * The secret, or null when there is none or it cannot be decrypted (keyring
   * locked, profile copied to another machine). Never throws for that: a bad
   * secret means "sign in again", not a crash; `isUnreadable` tells the two apart.
   */
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Whether a value is stored under `key` but could not be decrypted. */
  isUnreadable(key: string): boolean;
}

export function createMemorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    persistence: 'session-only',
    get: (key) => Promise.resolve(values.get(key) ?? null),
    set: (key, value) => {
      values.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
    isUnreadable: () => false,
  };
}
