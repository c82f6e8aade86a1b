import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import { z } from 'zod';
import type { Logger } from '../core/logging/logger.js';
import { createMemorySecretStore, type SecretStore } from '../core/accounts/secret-store.js';

/** Only ciphertext, base64, by key. Version 1 so a later layout can be told apart. */
const fileSchema = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string()) });
type Ciphertexts = Record<string, string>;

export interface SafeStorageSecretStoreOptions {
  /** e.g. `<userData>/secrets.json`. */
  readonly filePath: string;
  readonly logger: Logger;
}

function readCiphertexts(filePath: string, logger: Logger): Ciphertexts {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.secrets;
  } catch {
    // Not JSON: reported below like any other damage.
  }
  logger.warn('The stored sign-in secrets are damaged; programs must be signed in again');
  return {};
}

/** Write-then-rename, so a crash leaves the old file or the new one, never half of one. */
function writeCiphertexts(filePath: string, secrets: Ciphertexts): void {
  const temporary = `${filePath}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: 1, secrets }), { mode: 0o600 });
  renameSync(temporary, filePath);
}

/**
 * No real keyring (SECURITY-RESEARCH.md §2.3): Linux's `basic_text` backend
 * "encrypts" with a hard-coded password, which is plaintext with extra
 * steps. Then secrets stay in memory for this session, and secrets saved in
 * an earlier session count as unreadable so those programs ask for a new sign-in.
 */
function sessionOnlyStore(filePath: string, logger: Logger): SecretStore {
  const memory = createMemorySecretStore();
  let onDisk = readCiphertexts(filePath, logger);
  // A replaced or forgotten secret must not linger on disk, readable again once a keyring appears.
  const dropFromDisk = (key: string) => {
    if (!(key in onDisk)) return;
    const { [key]: _forgotten, ...rest } = onDisk;
    onDisk = rest;
    writeCiphertexts(filePath, onDisk);
  };
  return {
    persistence: 'session-only',
    get: (key) => memory.get(key),
    async set(key, value) {
      dropFromDisk(key);
      await memory.set(key, value);
    },
    async delete(key) {
      dropFromDisk(key);
      await memory.delete(key);
    },
    isUnreadable: (key) => key in onDisk,
  };
}

function encryptedStore(filePath: string, logger: Logger): SecretStore {
  let ciphertexts = readCiphertexts(filePath, logger);
  const unreadable = new Set<string>();
  const save = (next: Ciphertexts) => {
    writeCiphertexts(filePath, next);
    ciphertexts = next;
  };
  const store: SecretStore = {
    persistence: 'encrypted',
    async get(key) {
      const stored = ciphertexts[key];
      if (stored === undefined) return null;
      let decrypted: { result: string; shouldReEncrypt: boolean };
      try {
        decrypted = await safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'));
      } catch {
        // Keyring locked, or the profile came from another machine: "sign in again", never a crash.
        unreadable.add(key);
        logger.warn('A stored sign-in secret could not be decrypted; that program must be signed in again');
        return null;
      }
      // The OS rotated its key: store the secret under the new one, but a failure there costs nothing now.
      if (decrypted.shouldReEncrypt) await store.set(key, decrypted.result).catch(() => logger.warn('A sign-in secret could not be re-encrypted'));
      return decrypted.result;
    },
    async set(key, value) {
      const encrypted = await safeStorage.encryptStringAsync(value);
      save({ ...ciphertexts, [key]: encrypted.toString('base64') });
      unreadable.delete(key);
    },
    delete(key) {
      unreadable.delete(key);
      if (key in ciphertexts) {
        const { [key]: _forgotten, ...rest } = ciphertexts;
        save(rest);
      }
      return Promise.resolve();
    },
    isUnreadable: (key) => unreadable.has(key),
  };
  return store;
}

/** Call after the app is ready: before it, the backend is reported as `unknown`. */
export async function createSafeStorageSecretStore({ filePath, logger }: SafeStorageSecretStoreOptions): Promise<SecretStore> {
  const linuxBackend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  const weakBackend = linuxBackend === 'basic_text' || linuxBackend === 'unknown';
  if (weakBackend || !(await safeStorage.isAsyncEncryptionAvailable())) {
    logger.warn('No OS keyring is available: sign-ins last for this session only', { backend: linuxBackend ?? 'unavailable' });
    return sessionOnlyStore(filePath, logger);
  }
  return encryptedStore(filePath, logger);
}
