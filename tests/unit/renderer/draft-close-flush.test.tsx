/** The studio saves what a registered autosave holds before the window closes. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createMemorySettingsStore } from '../../../electron/core/settings/settings-store.js';
import { createStudioCore } from '../../../electron/core/studio-core.js';
import { App } from '../../../renderer/App.js';
import { registerFlush } from '../../../renderer/drafts/flush-registry.js';
import { buildStudioApi } from '../../../shared/ipc/studio-api.js';
import { testAppInfo, testCoreStores } from '../../support/test-core.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('flushes every registered autosave, then answers app.readyToClose', async () => {
  vi.stubGlobal('matchMedia', (query: string) => ({ media: query, matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }));
  const core = createStudioCore({ appInfo: testAppInfo, settingsStore: createMemorySettingsStore(), logger: createMemoryLogger(), ...testCoreStores() });
  const studio = buildStudioApi({
    invoke: (channel, request) => core.router.invoke(channel, request),
    subscribe: (event, listener) => core.events.subscribe((name, payload) => name === event && listener(payload)),
  });
  render(<App studio={studio} />);
  await screen.findByRole('navigation', { name: 'Studio' });

  const saved: string[] = [];
  const unregister = registerFlush(async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    saved.push('last keystrokes');
  });
  const failing = registerFlush(() => Promise.reject(new Error('disk full')));

  await expect(core.lifecycle.prepareToClose()).resolves.toBe('flushed');
  expect(saved).toEqual(['last keystrokes']);
  unregister();
  failing();
});
