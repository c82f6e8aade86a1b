import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  createAppProtocolHandler,
  registerAppProtocol,
  registerAppSchemeAsPrivileged,
} from '../../../electron/app/app-protocol.js';
import { fakeElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);

const SECRET = 'TOP-SECRET-6f1d2c';
const INDEX = '<!doctype html><title>Content Studio</title>';
let root: string;
let bundleDir: string;
let secretPath: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
  bundleDir = path.join(root, 'renderer');
  mkdirSync(path.join(bundleDir, 'assets'), { recursive: true });
  writeFileSync(path.join(bundleDir, 'index.html'), INDEX);
  writeFileSync(path.join(bundleDir, 'assets', 'app.js'), 'console.log(1)');
  secretPath = path.join(root, 'secret.txt');
  writeFileSync(secretPath, SECRET);
  symlinkSync(secretPath, path.join(bundleDir, 'link.txt'));
  handle = createAppProtocolHandler(bundleDir);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Electron hands over a Request; a plain object lets the raw, unnormalised URL through. */
function request(url: string, method = 'GET'): Request {
  return { url, method } as unknown as Request;
}

function scriptSrc(csp: string): string {
  return csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src ')) ?? '';
}

describe('serving the bundle', () => {
  test('index.html and assets are served with their content type', async () => {
    const index = await handle(request('app://studio/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toBe(INDEX);
    const root = await handle(request('app://studio/'));
    expect(await root.text()).toBe(INDEX);
    const script = await handle(new Request('app://studio/assets/app.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  test.each(['app://studio/index.html', 'app://studio/missing.js', 'app://studio/%2e%2e%2fsecret.txt', 'app://evil/'])(
    'every response carries the CSP and security headers: %s',
    async (url) => {
      const response = await handle(request(url));
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(scriptSrc(csp)).toBe("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    },
  );

  test.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('%s is refused', async (method) => {
    const response = await handle(request('app://studio/index.html', method));
    expect(response.status).toBe(405);
    expect(await response.text()).not.toContain(INDEX);
  });

  test('query and fragment are not part of the path', async () => {
    for (const url of ['app://studio/index.html?../../secret.txt', 'app://studio/index.html#/../../secret.txt', 'app://studio/#../secret.txt']) {
      const response = await handle(request(url));
      expect(await response.text()).toBe(INDEX);
    }
  });
});

describe('nothing outside the bundle, and nothing from another host', () => {
  const attempts = () => [
    'app://studio/../secret.txt',
    'app://studio/../../secret.txt',
    'app://studio/assets/../../secret.txt',
    'app://studio/%2e%2e/secret.txt',
    'app://studio/%2E%2E%2Fsecret.txt',
    'app://studio/..%2fsecret.txt',
    'app://studio/assets%2f..%2f..%2fsecret.txt',
    'app://studio/%252e%252e/secret.txt',
    'app://studio/%252e%252e%252fsecret.txt',
    'app://studio/..\\secret.txt',
    'app://studio/..%5csecret.txt',
    'app://studio\\..\\secret.txt',
    'app://studio//etc/passwd',
    `app://studio/${secretPath}`,
    `app://studio/${encodeURIComponent(secretPath)}`,
    `app://${secretPath}`,
    'app://studio/C:/Windows/win.ini',
    'app://studio/C:%5CWindows%5Cwin.ini',
    'app://studio/index.html%00.txt',
    'app://studio/%3f/../secret.txt',
    'app://studio/%23/../../secret.txt',
    'app://studio/link.txt',
    'app://evil/index.html',
    'app://STUDIO.evil/index.html',
    'app://studio.evil/index.html',
    'app://studio:8080/index.html',
    'app://user@studio/index.html',
    'app://user:pw@studio/index.html',
    'app:///index.html',
    'file:///etc/passwd',
    'http://studio/index.html',
    'not a url',
  ];

  test.each(attempts())('%s → 403/404', async (url) => {
    const response = await handle(request(url));
    expect([403, 404]).toContain(response.status);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain(INDEX);
  });
});

describe('registration', () => {
  test('app:// is registered as a standard, secure scheme that supports fetch, and nothing more', () => {
    registerAppSchemeAsPrivileged();
    expect(fakeElectron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  test('the handler is installed for the app scheme', async () => {
    registerAppProtocol(bundleDir);
    const [scheme, handler] = fakeElectron.module.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response = await handler?.(request('app://studio/../secret.txt'));
    expect(response?.status).toBe(404);
  });
});
