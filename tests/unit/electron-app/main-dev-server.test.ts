import { afterAll, expect, test, vi } from 'vitest';
import { FakeBrowserWindow, fakeElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);
vi.mock('electron-store', async () => ({ default: (await import('./fake-electron.js')).FakeElectronStore }));

const { app, ipcMain } = fakeElectron.module;

afterAll(() => {
  delete process.env.CONTENT_STUDIO_DEV_SERVER_URL;
});

test('a dev server URL off loopback stops the app before any window or IPC exists', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  process.env.CONTENT_STUDIO_DEV_SERVER_URL = 'https://evil.example';
  await import('../../../electron/app/main.js');
  fakeElectron.markReady();
  await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
  expect(FakeBrowserWindow.instances).toHaveLength(0);
  expect(ipcMain.handle).not.toHaveBeenCalled();
  expect(error).toHaveBeenCalled();
});
