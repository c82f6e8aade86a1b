import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createMemorySettingsStore } from '../../../electron/core/settings/settings-store.js';
import { createStudioCore } from '../../../electron/core/studio-core.js';
import { testCoreStores } from '../../support/test-core.js';
import { buildStudioApi } from '../../../shared/ipc/studio-api.js';

/** Runs the real entry point against the page index.html gives it. */
async function startRenderer() {
  vi.resetModules();
  document.body.innerHTML = '<div id="root"></div>';
  await import('../../../renderer/main.js');
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  Reflect.deleteProperty(window, 'studio');
  Reflect.deleteProperty(window, 'matchMedia');
  document.body.innerHTML = '';
});

it('shows an error screen when nothing defined window.studio', async () => {
  await startRenderer();

  expect(await screen.findByRole('heading', { level: 1, name: 'Content Studio could not connect to its core.' })).toBeTruthy();
  expect(screen.getByRole('main').textContent).toMatch(/start Content Studio again/);
  expect(screen.queryByRole('navigation')).toBeNull();
});

it('opens the studio over the window.studio it finds', async () => {
  const core = createStudioCore({
    appInfo: {
      name: 'Content Studio',
      version: '0.1.0',
      platform: 'linux',
      transport: 'web',
      dataDir: '/tmp/studio',
      versions: { node: '20.19.5' },
    },
    settingsStore: createMemorySettingsStore(),
    logger: createMemoryLogger(),
    ...testCoreStores(),
  });
  const studio = buildStudioApi({
    invoke: (channel, request) => core.router.invoke(channel, request),
    subscribe: () => () => undefined,
  });
  Object.defineProperty(window, 'studio', { configurable: true, value: studio });
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }),
  });

  await startRenderer();

  expect(await screen.findByRole('heading', { level: 1, name: 'Drafts' })).toBeTruthy();
  expect(screen.getByRole('navigation', { name: 'Studio' })).toBeTruthy();
});
