/**
 * The Electron app end to end: the checklist items a unit test cannot prove
 * (the page really comes from app://, really has no Node, really cannot
 * navigate or open windows, really gets the CSP).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { findElectronBinary } from '../../build/electron-binary.js';
import { channelNames, eventNames } from '../../shared/ipc/contract.js';
import { subscriptionName, type StudioApi } from '../../shared/ipc/studio-api.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();
const skipReason = binary.available ? '' : `Electron binary not available: ${binary.reason}`;
if (!binary.available) {
  console.warn(`\n*** SKIPPING the Electron end-to-end tests. ${skipReason} ***\n`);
}

/** The app's environment, minus anything that would change what it loads or how it runs. */
function appEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'CONTENT_STUDIO_DEV_SERVER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return env;
}

test.describe('Electron app', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(!binary.available, skipReason);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!binary.available) return;
    app = await electron.launch({ executablePath: binary.path, args: ['.'], cwd: repoRoot, env: appEnv() });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    if (binary.available) await app.close();
  });

  test('the page is served from app://studio', () => {
    expect(page.url()).toMatch(/^app:\/\/studio\//);
  });

  test('the window runs with the secure preferences main asked for', async () => {
    // getLastWebPreferences is undocumented, hence paired with the behavioural probes below.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> };
      return contents.getLastWebPreferences();
    });
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
  });

  test('the page has no Node and no raw Electron', async () => {
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [typeof w.require, typeof w.process, typeof w.module, typeof w.ipcRenderer, typeof w.electron];
    });
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  test('window.studio holds exactly the contract namespaces and subscriptions', async () => {
    const keys = await page.evaluate(() => Object.keys((window as unknown as { studio: object }).studio).sort());
    const namespaces = [...new Set(channelNames.map((channel) => channel.split('.')[0] ?? ''))];
    expect(keys).toEqual([...namespaces, ...eventNames.map(subscriptionName)].sort());
  });

  test('app.info answers over IPC with the electron transport', async () => {
    const info = await page.evaluate(() => (window as unknown as { studio: StudioApi }).studio.app.info({}));
    expect(info).toMatchObject({ ok: true, data: { transport: 'electron' } });
  });

  test('the CSP header is sent and refuses inline script', async () => {
    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });

  test('window.open returns null and opens no window', async () => {
    const before = app.windows().length;
    expect(await page.evaluate(() => window.open('https://evil.example/') === null)).toBe(true);
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(before);
  });

  test('navigating away is refused', async () => {
    const url = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://evil.example/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(url);
  });

  test('web permission requests are denied', async () => {
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  });

  test('a second launch exits and leaves the first running', () => {
    if (!binary.available) return;
    const second = spawnSync(binary.path, ['.'], { cwd: repoRoot, env: appEnv(), timeout: 30_000 });
    expect(second.signal).toBeNull();
    expect(second.status).toBe(0);
    expect(app.windows().length).toBeGreaterThan(0);
  });
});
