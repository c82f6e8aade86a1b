import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The end-to-end tests drive Debian's Chromium (Playwright cannot download
 * its own browsers here). Installs it when missing and we are root; otherwise
 * says exactly what to do.
 */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || process.env.CHROMIUM_PATH !== undefined) {
    throw new Error(
      `The end-to-end tests need Chromium at ${chromiumPath}. Install it with "sudo apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  console.log('Installing Chromium from apt for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
