/** Closing waits for the renderer to save its drafts, but never forever. */
import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../electron/core/ipc/event-bus.js';
import { createCloseCoordinator } from '../../../electron/core/lifecycle/close-coordinator.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createTestCore } from '../../support/test-core.js';

describe('closing with unsaved drafts', () => {
  it('tells the renderer, and lets the window go once the renderer says it has flushed', async () => {
    const { core, emitted } = createTestCore();
    const closing = core.lifecycle.prepareToClose();
    expect(emitted).toContainEqual({ event: 'app.closing', payload: {} });
    expect(await core.router.invoke('app.readyToClose', {})).toEqual({ ok: true, data: {} });
    await expect(closing).resolves.toBe('flushed');
  });

  it('goes ahead after the grace period when the renderer never answers', async () => {
    const coordinator = createCloseCoordinator(createEventBus(createMemoryLogger()), 20);
    await expect(coordinator.prepareToClose()).resolves.toBe('timed_out');
  });

  it('asks once when close is requested twice', async () => {
    const { core, emitted } = createTestCore();
    const first = core.lifecycle.prepareToClose();
    const second = core.lifecycle.prepareToClose();
    expect(emitted.filter((entry) => entry.event === 'app.closing')).toHaveLength(1);
    await core.router.invoke('app.readyToClose', {});
    await expect(Promise.all([first, second])).resolves.toEqual(['flushed', 'flushed']);
  });
});
