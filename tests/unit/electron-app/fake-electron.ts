/**
 * A stand-in for the `electron` module: there is no Electron binary in CI or
 * on most dev machines, and the real module tries to download one on import.
 * Each test file mocks `electron` with `fakeElectron.module` and reads the
 * recorded calls here. Emitters are real EventEmitters so handlers registered
 * with `.on` can be fired as Electron would.
 *
 * electron-store imports `electron` through Node's own loader, past vi.mock,
 * so files that load it also mock `electron-store` with FakeElectronStore:
 * the same Conf underneath, laid out the way electron-store lays it out.
 */
import { EventEmitter } from 'node:events';
import Conf from 'conf';
import { vi } from 'vitest';

type Callback = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = { url: 'app://studio/index.html' };
  readonly session = createFakeSession();
  readonly setWindowOpenHandler = vi.fn<(handler: (details: { url: string }) => { action: string }) => void>();
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  readonly isDestroyed = vi.fn(() => false);
  readonly getURL = vi.fn(() => this.mainFrame.url);
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static loadOutcome: () => Promise<void> = () => Promise.resolve();
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn((_url: string) => FakeBrowserWindow.loadOutcome());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly close = vi.fn(() => {
    this.emit('close', { preventDefault: vi.fn() });
  });
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);

  constructor(readonly options: unknown) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

export function createFakeSession() {
  return {
    setPermissionRequestHandler: vi.fn<(handler: Callback | null) => void>(),
    setPermissionCheckHandler: vi.fn<(handler: Callback | null) => void>(),
    setDevicePermissionHandler: vi.fn<(handler: Callback | null) => void>(),
    setDisplayMediaRequestHandler: vi.fn<(handler: Callback | null) => void>(),
    availableSpellCheckerLanguages: ['en-US', 'fr'],
    setSpellCheckerLanguages: vi.fn<(languages: string[]) => void>(),
    setSpellCheckerEnabled: vi.fn<(enabled: boolean) => void>(),
  };
}

function createFakeElectron() {
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => ready),
    getName: vi.fn(() => 'Content Studio'),
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn((_name: string): string => '/nonexistent/user-data'),
  });
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, data: {} })),
  });
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession: createFakeSession() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn<(schemes: unknown[]) => void>(),
      handle: vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>(),
    },
    ipcMain: {
      handle: vi.fn<(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => void>(),
      on: vi.fn(),
    },
    ipcRenderer,
    contextBridge: { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() },
    shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) },
    // Like a Linux desktop with no keyring: secrets stay in memory for the session.
    safeStorage: {
      getSelectedStorageBackend: vi.fn(() => 'basic_text'),
      isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(false)),
      encryptStringAsync: vi.fn(() => Promise.reject(new Error('no keyring'))),
      decryptStringAsync: vi.fn(() => Promise.reject(new Error('no keyring'))),
    },
  };
  return { module: { ...module, default: module }, markReady };
}

export const fakeElectron = createFakeElectron();

export const electronStoreOptions: Record<string, unknown>[] = [];

export class FakeElectronStore extends Conf {
  constructor(options: Record<string, unknown> = {}) {
    const { name = 'config', ...rest } = options;
    super({ ...rest, configName: String(name), cwd: fakeElectron.module.app.getPath('userData') });
    electronStoreOptions.push(options);
  }
}
