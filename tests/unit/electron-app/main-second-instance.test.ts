import { expect, test, vi } from 'vitest';
import { FakeBrowserWindow, fakeElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);
vi.mock('electron-store', async () => ({ default: (await import('./fake-electron.js')).FakeElectronStore }));

const { app, protocol, ipcMain } = fakeElectron.module;

test('a second instance enables the sandbox, fails the lock, quits and sets nothing up', async () => {
  app.requestSingleInstanceLock.mockReturnValue(false);
  await import('../../../electron/app/main.js');
  expect(app.enableSandbox).toHaveBeenCalledOnce();
  expect(app.quit).toHaveBeenCalledOnce();
  expect(app.whenReady).not.toHaveBeenCalled();
  expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  expect(ipcMain.handle).not.toHaveBeenCalled();
  expect(FakeBrowserWindow.instances).toHaveLength(0);
});
