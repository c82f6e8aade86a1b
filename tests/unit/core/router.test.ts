import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createRouter, type Handlers } from '../../../electron/core/ipc/router.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { channelNames } from '../../../shared/ipc/contract.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { createTestCore, testAppInfo } from '../../support/test-core.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';

function routerWith(overrides: Partial<Handlers>) {
  const { core } = createTestCore();
  const logger = createMemoryLogger();
  const unused = Object.fromEntries(channelNames.map((name) => [name, () => Promise.reject(new Error(`${name} is not used here`))])) as unknown as Handlers;
  const handlers: Handlers = {
    ...unused,
    'app.info': () => testAppInfo,
    'settings.get': () => defaultSettings,
    'settings.set': (patch) => ({ ...defaultSettings, ...patch }),
    ...overrides,
  };
  return { router: createRouter(handlers, logger), logger, core };
}

describe('router', () => {
  it('answers a valid call with the handler result', async () => {
    const { core } = createTestCore();
    await expect(core.router.invoke('app.info', {})).resolves.toEqual({ ok: true, data: testAppInfo });
  });

  it('refuses a channel that is not in the contract', async () => {
    const { core } = createTestCore();
    const result = await core.router.invoke('fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses channel names inherited from Object.prototype', async () => {
    const { core } = createTestCore();
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(await core.router.invoke(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('does not call the handler when the request is invalid, and says which field is wrong', async () => {
    const handler = vi.fn(() => ({ ...defaultSettings, theme: 'dark' as const }));
    const { router } = routerWith({ 'settings.set': handler });
    const result = await router.invoke('settings.set', { theme: 'purple' });
    expect(handler).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { issues: [{ path: 'theme' }] } } });
  });

  it('passes a StudioError from a handler through unchanged', async () => {
    const { router } = routerWith({
      'settings.get': () => {
        throw new StudioError('invalid_request', 'No.', { field: 'x' });
      },
    });
    expect(await router.invoke('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'invalid_request', message: 'No.', details: { field: 'x' } },
    });
  });

  it('turns an unexpected throw into a generic internal error and logs it', async () => {
    const { router, logger } = routerWith({
      'settings.get': () => {
        throw new Error('disk said /home/alice/secret-token-123');
      },
    });
    const result = await router.invoke('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret-token-123');
    expect(logger.lines.some((line) => line.level === 'error')).toBe(true);
  });

  it('refuses to send a response that breaks the contract', async () => {
    const { router } = routerWith({ 'settings.get': () => ({ ...defaultSettings, theme: 'neon' }) as unknown as typeof defaultSettings });
    expect(await router.invoke('settings.get', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('keeps the issue report bounded', async () => {
    const { router } = routerWith({});
    const result = await router.invoke('app.info', Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])));
    expect(result.ok).toBe(false);
    const details = z.object({ issues: z.array(z.unknown()) }).parse(!result.ok && result.error.details);
    expect(details.issues.length).toBeLessThanOrEqual(10);
  });
});

describe('settings channels', () => {
  it('stores a change, answers with all settings and tells every window', async () => {
    const { core, writes, emitted } = createTestCore();
    expect(await core.router.invoke('settings.set', { theme: 'dark' })).toEqual({ ok: true, data: { ...defaultSettings, theme: 'dark' } });
    expect(writes).toEqual([{ ...defaultSettings, theme: 'dark' }]);
    expect(emitted).toEqual([{ event: 'settings.changed', payload: { ...defaultSettings, theme: 'dark' } }]);
    expect(await core.router.invoke('settings.get', {})).toEqual({ ok: true, data: { ...defaultSettings, theme: 'dark' } });
  });

  it('falls back to defaults, key by key, when the stored file is damaged', async () => {
    for (const stored of [null, 'garbage', 42, { theme: 'neon' }, { theme: 'light', unknown: true }]) {
      const { core } = createTestCore(stored);
      const expected = typeof stored === 'object' && stored?.theme === 'light' ? 'light' : 'system';
      expect(await core.router.invoke('settings.get', {})).toEqual({ ok: true, data: { ...defaultSettings, theme: expected } });
    }
    // An older file (theme only) keeps its theme and takes the newer preferences' defaults; one bad key spoils no other.
    const { core } = createTestCore({ theme: 'dark', spellCheckLanguages: ['../../etc'], autosaveDelaySeconds: 3 });
    expect(await core.router.invoke('settings.get', {})).toEqual({ ok: true, data: { ...defaultSettings, theme: 'dark', autosaveDelaySeconds: 3 } });
  });

  it('refuses an empty change', async () => {
    const { core, writes } = createTestCore();
    expect(await core.router.invoke('settings.set', {})).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(writes).toEqual([]);
  });
});
