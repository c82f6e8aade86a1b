import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { App, WebContents } from 'electron';
import { guardAllWebContents, guardWebContents } from '../../../electron/app/navigation-guards.js';
import { FakeWebContents, fakeElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);

const openExternal = fakeElectron.module.shell.openExternal;
const blockedEvents = ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'];
const targets = ['https://evil.example/', 'app://studio/other.html', 'file:///etc/passwd', 'http://127.0.0.1:5173/'];

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents);
  return contents;
}

function windowOpenHandler(contents: FakeWebContents): (details: { url: string }) => { action: string } {
  const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0];
  if (handler === undefined) throw new Error('no window open handler was installed');
  return handler;
}

beforeEach(() => openExternal.mockClear());

describe('guardWebContents', () => {
  test.each(blockedEvents.flatMap((event) => targets.map((url) => [event, url])))('%s to %s is prevented', (event, url) => {
    const contents = guarded();
    const preventDefault = vi.fn();
    expect(contents.listenerCount(event)).toBeGreaterThan(0);
    contents.emit(event, { preventDefault, url }, url);
    expect(preventDefault).toHaveBeenCalled();
  });

  test.each(['https://evil.example/', 'about:blank', 'javascript:alert(1)', 'file:///etc/passwd', 'app://studio/index.html'])(
    'window.open(%j) is denied',
    (url) => {
      expect(windowOpenHandler(guarded())({ url })).toEqual({ action: 'deny' });
    },
  );

  test('a new-window https or mailto link goes to the OS, after the safe-URL check', async () => {
    const handler = windowOpenHandler(guarded());
    handler({ url: 'https://example.com/article' });
    handler({ url: 'mailto:a@b.c' });
    handler({ url: 'file:///etc/passwd' });
    handler({ url: 'smb://host/share' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(2));
    expect(openExternal.mock.calls).toEqual([['https://example.com/article'], ['mailto:a@b.c']]);
  });
});

describe('guardAllWebContents', () => {
  test('guards every webContents Electron creates', () => {
    const app = fakeElectron.module.app;
    guardAllWebContents(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    for (const event of blockedEvents) {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault }, 'https://evil.example/');
      expect(preventDefault).toHaveBeenCalled();
    }
    expect(windowOpenHandler(contents)({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});
