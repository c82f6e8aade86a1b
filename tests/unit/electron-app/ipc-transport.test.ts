import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { WebContents } from 'electron';
import { channelNames } from '../../../shared/ipc/contract.js';
import type { IpcResult } from '../../../shared/ipc/ipc-result.js';
import { createEventBus } from '../../../electron/core/ipc/event-bus.js';
import type { Router } from '../../../electron/core/ipc/router.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { forwardEvents, isTrustedSender, registerIpcHandlers, type SenderFacts } from '../../../electron/app/ipc-transport.js';
import { FakeWebContents, fakeElectron } from './fake-electron.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);

const APP = 'app://studio';
const DEV = 'http://127.0.0.1:5173';

function mainFrameEvent(url: string): SenderFacts {
  const frame = { url };
  return { senderFrame: frame, sender: { mainFrame: frame } };
}

function subFrameEvent(url: string): SenderFacts {
  return { senderFrame: { url }, sender: { mainFrame: { url: 'app://studio/index.html' } } };
}

function disposedFrameEvent(): SenderFacts {
  const frame = {
    get url(): string {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    },
  };
  return { senderFrame: frame, sender: { mainFrame: frame } };
}

const refusedSenders: [string, SenderFacts][] = [
  ['a null senderFrame (navigated or destroyed)', { senderFrame: null, sender: { mainFrame: { url: 'app://studio/' } } }],
  ['a foreign origin', mainFrameEvent('https://evil.example/')],
  ['another app:// host', mainFrameEvent('app://evil/index.html')],
  ['file://', mainFrameEvent('file:///tmp/index.html')],
  ['about:blank', mainFrameEvent('about:blank')],
  ['the dev server origin when not in dev', mainFrameEvent('http://127.0.0.1:5173/')],
  ['a sub-frame, even at the trusted origin', subFrameEvent('app://studio/index.html')],
  ['a disposed frame', disposedFrameEvent()],
];

describe('isTrustedSender', () => {
  test('the main frame at app://studio is trusted', () => {
    expect(isTrustedSender(mainFrameEvent('app://studio/index.html'), APP)).toBe(true);
    expect(isTrustedSender(mainFrameEvent('app://studio/index.html#/drafts'), APP)).toBe(true);
  });

  test.each(refusedSenders)('refuses %s', (_name, event) => {
    expect(isTrustedSender(event, APP)).toBe(false);
  });

  test('in dev, only the dev server origin is trusted', () => {
    expect(isTrustedSender(mainFrameEvent('http://127.0.0.1:5173/'), DEV)).toBe(true);
    expect(isTrustedSender(mainFrameEvent('http://127.0.0.1:5174/'), DEV)).toBe(false);
    expect(isTrustedSender(mainFrameEvent('http://localhost:5173/'), DEV)).toBe(false);
    expect(isTrustedSender(mainFrameEvent('app://studio/index.html'), DEV)).toBe(false);
  });
});

describe('registerIpcHandlers', () => {
  const ok: IpcResult<unknown> = { ok: true, data: { fine: true } };
  const invoke = vi.fn<Router['invoke']>(() => Promise.resolve(ok));
  const handle = fakeElectron.module.ipcMain.handle;

  beforeEach(() => {
    handle.mockClear();
    invoke.mockClear();
    registerIpcHandlers({ router: { invoke }, trustedOrigin: APP, logger: createMemoryLogger() });
  });

  function handlerFor(channel: string): (event: unknown, ...args: unknown[]) => unknown {
    const call = handle.mock.calls.find(([name]) => name === channel);
    if (call === undefined) throw new Error(`${channel} is not registered`);
    return call[1];
  }

  test('registers exactly the contract channels, each once, and no raw listeners', () => {
    expect(handle.mock.calls.map(([name]) => name).sort()).toEqual([...channelNames].sort());
    expect(fakeElectron.module.ipcMain.on).not.toHaveBeenCalled();
  });

  test.each(channelNames)('%s: the trusted main frame reaches the router with the request', async (channel) => {
    const result = await handlerFor(channel)(mainFrameEvent('app://studio/index.html'), { theme: 'dark' });
    expect(invoke.mock.calls).toEqual([[channel, { theme: 'dark' }]]);
    expect(result).toEqual(ok);
  });

  test.each(channelNames.flatMap((channel) => refusedSenders.map(([name, event]) => [channel, name, event] as const)))(
    '%s: %s is refused before the router runs',
    async (channel, _name, event) => {
      const result = await handlerFor(channel)(event, { theme: 'dark' });
      expect(result).toEqual({ ok: false, error: { code: 'forbidden_sender', message: expect.any(String) as string } });
      expect(invoke).not.toHaveBeenCalled();
    },
  );
});

describe('forwardEvents', () => {
  function setup(target: () => FakeWebContents | null) {
    const bus = createEventBus(createMemoryLogger());
    forwardEvents(bus, () => target() as unknown as WebContents | null, APP);
    return bus;
  }

  test('sends the payload alone on the per-event channel to the studio window', () => {
    const contents = new FakeWebContents();
    setup(() => contents).emit('settings.changed', { ...defaultSettings, theme: 'dark' });
    expect(contents.send.mock.calls).toEqual([['studio:event:settings.changed', { ...defaultSettings, theme: 'dark' }]]);
  });

  test('sends nothing when the window shows another page, is destroyed or is gone', () => {
    const foreign = new FakeWebContents();
    foreign.getURL.mockReturnValue('https://evil.example/');
    setup(() => foreign).emit('settings.changed', { ...defaultSettings, theme: 'dark' });
    expect(foreign.send).not.toHaveBeenCalled();

    const destroyed = new FakeWebContents();
    destroyed.isDestroyed.mockReturnValue(true);
    setup(() => destroyed).emit('settings.changed', { ...defaultSettings, theme: 'dark' });
    expect(destroyed.send).not.toHaveBeenCalled();

    expect(() => setup(() => null).emit('settings.changed', { ...defaultSettings, theme: 'dark' })).not.toThrow();
  });
});
