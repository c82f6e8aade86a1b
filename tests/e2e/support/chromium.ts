import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, driven by Playwright (which cannot download its own
 * browsers here). The flags keep Chromium from reaching for Google's hosts,
 * which this machine's closed network refuses.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not at ${chromiumPath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export const chromiumArgs = [
  // Chromium refuses its own sandbox as root; only then is it switched off.
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
