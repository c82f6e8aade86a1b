import { describe, expect, test, vi } from 'vitest';
import type { Session } from 'electron';
import { guardSession } from '../../../electron/app/permission-guards.js';
import { createFakeSession } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type DeviceHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;
type DisplayMediaHandler = NonNullable<Parameters<Session['setDisplayMediaRequestHandler']>[0]>;
type Permission = Parameters<RequestHandler>[1];

/** Typed as a record so the compiler fails this test when Electron adds a permission. */
const everyPermission: Record<Permission, true> = {
  ar: true, 'automatic-fullscreen': true, 'background-fetch': true, 'background-sync': true,
  'captured-surface-control': true, 'clipboard-read': true, 'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true, 'display-capture': true, fileSystem: true, fullscreen: true,
  geolocation: true, 'geolocation-approximate': true, 'hand-tracking': true, hid: true, 'idle-detection': true,
  keyboardLock: true, 'local-fonts': true, 'local-network': true, 'local-network-access': true,
  'loopback-network': true, media: true, mediaKeySystem: true, midi: true, midiSysex: true, nfc: true,
  notifications: true, openExternal: true, 'payment-handler': true, 'periodic-background-sync': true,
  'persistent-storage': true, pointerLock: true, 'screen-wake-lock': true, sensors: true, serial: true,
  'smart-card': true, 'speaker-selection': true, 'storage-access': true, 'system-wake-lock': true,
  'top-level-storage-access': true, usb: true, vr: true, 'web-app-installation': true, 'web-printing': true,
  'window-management': true, unknown: true,
};
const permissions = Object.keys(everyPermission) as Permission[];

function installed() {
  const session = createFakeSession();
  guardSession(session as unknown as Session);
  const first = <T>(calls: unknown[][]): T => {
    const handler = calls[0]?.[0];
    if (typeof handler !== 'function') throw new Error('handler not installed');
    return handler as T;
  };
  return {
    request: first<RequestHandler>(session.setPermissionRequestHandler.mock.calls),
    check: first<CheckHandler>(session.setPermissionCheckHandler.mock.calls),
    device: first<DeviceHandler>(session.setDevicePermissionHandler.mock.calls),
    displayMedia: first<DisplayMediaHandler>(session.setDisplayMediaRequestHandler.mock.calls),
  };
}

describe('guardSession', () => {
  const handlers = installed();
  const contents = {} as Parameters<RequestHandler>[0];

  test.each(permissions)('a %s request is refused', (permission) => {
    const callback = vi.fn();
    handlers.request(contents, permission, callback, {} as Parameters<RequestHandler>[3]);
    expect(callback.mock.calls).toEqual([[false]]);
  });

  test.each(permissions)('a %s check is refused', (permission) => {
    expect(handlers.check(null, permission, 'app://studio', {} as Parameters<CheckHandler>[3])).toBe(false);
  });

  test.each(['hid', 'serial', 'usb', 'bluetooth'] as const)('%s device access is refused', (deviceType) => {
    expect(handlers.device({ deviceType, origin: 'app://studio', device: {} } as unknown as Parameters<DeviceHandler>[0])).toBe(false);
  });

  test('screen capture requests get no stream', () => {
    const callback = vi.fn();
    handlers.displayMedia({} as Parameters<DisplayMediaHandler>[0], callback);
    expect(callback.mock.calls).toEqual([[null]]);
  });
});
