import type { AppInfo } from '../../shared/ipc/contract.js';

const platformNames: Readonly<Record<string, string>> = {
  darwin: 'macOS',
  win32: 'Windows',
  linux: 'Linux',
};

/** The operating system as people call it; Node's own name for any other. */
export function platformName(platform: string): string {
  return platformNames[platform] ?? platform;
}

export function transportName(transport: AppInfo['transport']): string {
  return transport === 'electron' ? 'Desktop app (Electron)' : 'Browser mode';
}
