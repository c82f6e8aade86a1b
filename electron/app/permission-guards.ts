import type { Session } from 'electron';

/**
 * Electron grants web permission requests by default. The studio needs none
 * (no camera, microphone, location, notifications, devices, screen capture,
 * clipboard reading…), so every check and request is refused.
 */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
