import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSafeStorageSecretStore } from '../../../electron/app/safe-storage-secret-store.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';

/** A stand-in keyring: "encrypts" by reversing and tagging with its key version; it can fail, or rotate its key. */
const keyring = vi.hoisted(() => ({
  backend: 'gnome_libsecret',
  available: true,
  decryptFails: false,
  keyVersion: 1,
  encrypt(value: string) {
    return Buffer.from(`enc${this.keyVersion}:${[...value].reverse().join('')}`);
  },
}));

vi.mock('electron', () => {
  const safeStorage = {
    getSelectedStorageBackend: () => keyring.backend,
    isAsyncEncryptionAvailable: () => Promise.resolve(keyring.available),
    encryptStringAsync: (value: string) => Promise.resolve(keyring.encrypt(value)),
    decryptStringAsync: (encrypted: Buffer) => {
      if (keyring.decryptFails) return Promise.reject(new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'));
      const text = encrypted.toString();
      return Promise.resolve({ result: [...text.replace(/^enc\d:/, '')].reverse().join(''), shouldReEncrypt: !text.startsWith(`enc${keyring.keyVersion}:`) });
    },
  };
  return { safeStorage, default: { safeStorage } };
});

const SECRET = 'sbx_rt_sentinel-refresh-token-0123456789';
let dir: string;
let filePath: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'secret-store-'));
  filePath = path.join(dir, 'secrets.json');
  Object.assign(keyring, { backend: 'gnome_libsecret', available: true, decryptFails: false, keyVersion: 1 });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = () => createSafeStorageSecretStore({ filePath, logger: createMemoryLogger() });

describe('the safeStorage SecretStore', () => {
  test('with a real keyring, secrets survive a restart as ciphertext only', async () => {
    const store = await open();
    expect(store.persistence).toBe('encrypted');
    await store.set('accounts/a/refresh-token', SECRET);

    const onDisk = readFileSync(filePath, 'utf8');
    expect(onDisk).not.toContain(SECRET);
    expect(JSON.parse(onDisk)).toEqual({ version: 1, secrets: { 'accounts/a/refresh-token': keyring.encrypt(SECRET).toString('base64') } });

    const reopened = await open();
    expect(await reopened.get('accounts/a/refresh-token')).toBe(SECRET);
    expect(await reopened.get('accounts/a/client-secret')).toBeNull();
    await reopened.delete('accounts/a/refresh-token');
    expect(await (await open()).get('accounts/a/refresh-token')).toBeNull();
  });

  test('Linux basic_text is no keyring: secrets stay in memory for the session and never touch the disk', async () => {
    keyring.backend = 'basic_text';
    const store = await open();
    expect(store.persistence).toBe('session-only');
    await store.set('accounts/a/refresh-token', SECRET);
    expect(await store.get('accounts/a/refresh-token')).toBe(SECRET);
    expect(existsSync(filePath)).toBe(false);
    expect(await (await open()).get('accounts/a/refresh-token')).toBeNull();
  });

  test('no encryption available at all is session-only too', async () => {
    keyring.available = false;
    expect((await open()).persistence).toBe('session-only');
  });

  test('in session-only mode, secrets saved in an earlier session count as unreadable until replaced or forgotten', async () => {
    await (await open()).set('accounts/a/refresh-token', SECRET);
    keyring.backend = 'basic_text';
    const store = await open();

    expect(await store.get('accounts/a/refresh-token')).toBeNull();
    expect(store.isUnreadable('accounts/a/refresh-token')).toBe(true);
    await store.set('accounts/a/refresh-token', 'new-session-token');
    expect(store.isUnreadable('accounts/a/refresh-token')).toBe(false);
    expect(JSON.parse(readFileSync(filePath, 'utf8'))).toEqual({ version: 1, secrets: {} });
  });

  test('a failed decrypt is null plus "unreadable", with a warning that holds no secret; a new value clears it', async () => {
    await (await open()).set('accounts/a/refresh-token', SECRET);
    keyring.decryptFails = true;
    const logger = createMemoryLogger();
    const store = await createSafeStorageSecretStore({ filePath, logger });

    expect(await store.get('accounts/a/refresh-token')).toBeNull();
    expect(store.isUnreadable('accounts/a/refresh-token')).toBe(true);
    expect(logger.lines).toEqual([{ level: 'warn', message: expect.stringContaining('could not be decrypted') }]);
    expect(JSON.stringify(logger.lines)).not.toContain(SECRET);

    keyring.decryptFails = false;
    await store.set('accounts/a/refresh-token', 'replacement');
    expect(store.isUnreadable('accounts/a/refresh-token')).toBe(false);
  });

  test('a rotated OS key re-encrypts the secret on read', async () => {
    await (await open()).set('accounts/a/refresh-token', SECRET);
    keyring.keyVersion = 2;
    const store = await open();
    expect(await store.get('accounts/a/refresh-token')).toBe(SECRET);
    expect(JSON.parse(readFileSync(filePath, 'utf8')).secrets['accounts/a/refresh-token']).toBe(keyring.encrypt(SECRET).toString('base64'));
    expect(await (await open()).get('accounts/a/refresh-token')).toBe(SECRET);
  });

  test('a damaged file is read as empty, with a warning, rather than stopping the app', async () => {
    writeFileSync(filePath, '{ not json');
    const logger = createMemoryLogger();
    const store = await createSafeStorageSecretStore({ filePath, logger });
    expect(await store.get('accounts/a/refresh-token')).toBeNull();
    expect(logger.lines[0]?.message).toContain('damaged');
  });
});
