import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { channelNames } from '../../../shared/ipc/contract.js';
import { FakeBrowserWindow, fakeElectron } from './fake-electron.js';
import { requiredWebPreferences } from './required-web-preferences.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);
vi.mock('electron-store', async () => ({ default: (await import('./fake-electron.js')).FakeElectronStore }));

const { app, protocol, ipcMain, session } = fakeElectron.module;
let userData: string;

function trustedEvent() {
  const frame = { url: 'app://studio/index.html' };
  return { senderFrame: frame, sender: { mainFrame: frame } };
}

function ipcHandler(channel: string): (event: unknown, ...args: unknown[]) => unknown {
  const call = ipcMain.handle.mock.calls.find(([name]) => name === channel);
  if (call === undefined) throw new Error(`${channel} is not registered`);
  return call[1];
}

beforeAll(async () => {
  userData = mkdtempSync(path.join(tmpdir(), 'electron-main-'));
  app.getPath.mockReturnValue(userData);
  delete process.env.CONTENT_STUDIO_DEV_SERVER_URL;
  await import('../../../electron/app/main.js');
});

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('before ready', () => {
  test('the sandbox is enabled for every renderer, first', () => {
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    const sandboxAt = app.enableSandbox.mock.invocationCallOrder[0] ?? Infinity;
    expect(sandboxAt).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] ?? -1);
    expect(sandboxAt).toBeLessThan(app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? -1);
  });

  test('the single-instance lock is requested', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();
  });

  test('app:// is registered as privileged, and no window exists yet', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });
});

describe('on ready', () => {
  beforeAll(async () => {
    fakeElectron.markReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  });

  test('permissions are denied on the default session', () => {
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setDevicePermissionHandler).toHaveBeenCalledOnce();
  });

  test('the app:// handler and every contract channel are registered', () => {
    expect(protocol.handle.mock.calls.map(([scheme]) => scheme)).toEqual(['app']);
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...channelNames].sort());
  });

  test('one secure window loads app://studio, with DevTools because the app is not packaged', () => {
    const [window] = FakeBrowserWindow.instances;
    const { webPreferences } = window?.options as { webPreferences: Record<string, unknown> };
    expect(webPreferences.preload).toBe(fileURLToPath(new URL('../../../electron/app/preload.cjs', import.meta.url)));
    expect(webPreferences.devTools).toBe(true);
    for (const [flag, expected] of requiredWebPreferences) expect(webPreferences[flag]).toBe(expected);
    expect(window?.loadURL.mock.calls).toEqual([['app://studio/index.html']]);
  });

  test('app.info describes the Electron transport', async () => {
    const result = await ipcHandler('app.info')(trustedEvent(), {});
    expect(result).toMatchObject({
      ok: true,
      data: { name: 'Content Studio', version: '0.1.0', transport: 'electron', dataDir: userData, platform: process.platform },
    });
  });

  test('the editor spell-checks in the preferred languages from the start', () => {
    if (process.platform === 'darwin') return; // macOS chooses the languages itself; see spell-check.ts
    expect(session.defaultSession.setSpellCheckerLanguages).toHaveBeenCalledWith(defaultSettings.spellCheckLanguages);
  });

  test('settings go through electron-store and changes reach the window as events', async () => {
    const [window] = FakeBrowserWindow.instances;
    await expect(ipcHandler('settings.set')(trustedEvent(), { theme: 'dark' })).resolves.toEqual({ ok: true, data: { ...defaultSettings, theme: 'dark' } });
    const settingsEvents = window?.webContents.send.mock.calls.filter(([channel]) => channel === 'studio:event:settings.changed');
    expect(settingsEvents).toEqual([['studio:event:settings.changed', { ...defaultSettings, theme: 'dark' }]]);
  });

  test('a new user lands signed in to the built-in Sandbox program, whose secrets stay in memory without a keyring', async () => {
    await vi.waitFor(async () => {
      const result = (await ipcHandler('programs.list')(trustedEvent(), {})) as { ok: true; data: { programs: { isSandbox: boolean; status: { state: string; secretPersistence: string } }[] } };
      expect(result.data.programs[0]).toMatchObject({ isSandbox: true, status: { state: 'signed_in', secretPersistence: 'session-only' } });
    });
  });

  test('closing the window waits until the renderer has saved, then closes', async () => {
    const [window] = FakeBrowserWindow.instances;
    const close = { preventDefault: vi.fn() };
    window?.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalledOnce();
    expect(window?.close).not.toHaveBeenCalled();
    const closingEvents = () => window?.webContents.send.mock.calls.filter(([channel]) => channel === 'studio:event:app.closing') ?? [];
    expect(closingEvents()).toHaveLength(1);
    await ipcHandler('app.readyToClose')(trustedEvent(), {});
    await vi.waitFor(() => expect(window?.close).toHaveBeenCalledOnce());
  });

  test('a second launch focuses the existing window', () => {
    const [window] = FakeBrowserWindow.instances;
    window?.isMinimized.mockReturnValueOnce(true);
    app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalledOnce();
    expect(window?.focus).toHaveBeenCalledOnce();
  });

  test('the app sends queued posts itself', async () => {
    await expect(ipcHandler('outbox.summary')(trustedEvent(), {})).resolves.toMatchObject({ ok: true, data: { runnerActive: true } });
  });

  test('closing the window quits', () => {
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();
  });

  test('quitting first stops the publishing queue, then quits for real', async () => {
    const quitting = { preventDefault: vi.fn() };
    app.emit('will-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
    const again = { preventDefault: vi.fn() };
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
