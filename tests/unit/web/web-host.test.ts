import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECRET_HEADER } from '../../../electron/web/bridge-protocol.js';
import { PortInUseError, startWebHost, type WebHost } from '../../../electron/web/web-host.js';
import { createTestCore, tempDir } from '../../support/test-core.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so the test controls Host, Origin and Sec-Fetch-* exactly as a hostile page or rebinding attack would send them. */
function send(host: WebHost, method: string, pathname: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, method, path: pathname, headers: { host: `127.0.0.1:${host.port}`, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function secretOf(html: string): string {
  const match = new RegExp(`<meta name="${SECRET_HEADER}" content="([0-9a-f]{64})">`).exec(html);
  if (!match?.[1]) throw new Error('no secret in the document');
  return match[1];
}

let host: WebHost;
let harness: ReturnType<typeof createTestCore>;
let root: string;

beforeEach(async () => {
  root = tempDir('web-host');
  const bundleDir = path.join(root, 'renderer');
  mkdirSync(path.join(bundleDir, 'assets'), { recursive: true });
  writeFileSync(path.join(bundleDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(path.join(bundleDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'outside.txt'), 'TOP SECRET');
  writeFileSync(path.join(root, 'bridge.js'), '/* bridge */');
  harness = createTestCore();
  host = await startWebHost({
    core: harness.core,
    bundleDir,
    bridgeScriptPath: path.join(root, 'bridge.js'),
    port: 0,
    logger: harness.logger,
  });
});

afterEach(async () => {
  await host.close();
});

async function bridgeSecret(): Promise<string> {
  return secretOf((await send(host, 'GET', '/')).body);
}

const json = { 'content-type': 'application/json' };

describe('browser-mode host', () => {
  it('binds to loopback and serves the document with the bridge, the CSP and no caching', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await send(host, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/studio-bridge.js"></script></head>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await send(host, 'GET', '/studio-bridge.js')).body).toBe('/* bridge */');
  });

  it('gives each launch a different secret', async () => {
    const first = await bridgeSecret();
    const other = await startWebHost({ core: harness.core, bundleDir: path.join(root, 'renderer'), bridgeScriptPath: path.join(root, 'bridge.js'), port: 0, logger: harness.logger });
    const second = secretOf((await send(other, 'GET', '/')).body);
    await other.close();
    expect(second).not.toBe(first);
  });

  it('answers a call that carries the secret', async () => {
    const reply = await send(host, 'POST', '/bridge/settings.set', { ...json, [SECRET_HEADER]: await bridgeSecret() }, '{"theme":"dark"}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { ...defaultSettings, theme: 'dark' } });
    expect(harness.writes).toEqual([{ ...defaultSettings, theme: 'dark' }]);
  });

  it('refuses a call without the secret or with a wrong one, before any side effect', async () => {
    const missing = await send(host, 'POST', '/bridge/settings.set', json, '{"theme":"dark"}');
    const wrong = await send(host, 'POST', '/bridge/settings.set', { ...json, [SECRET_HEADER]: 'f'.repeat(64) }, '{"theme":"dark"}');
    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(harness.writes).toEqual([]);
  });

  it('refuses a page on another origin even if it somehow had the secret', async () => {
    const secret = await bridgeSecret();
    const cases: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${host.port + 1}` },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of cases) {
      const reply = await send(host, 'POST', '/bridge/settings.set', { ...json, [SECRET_HEADER]: secret, ...headers }, '{"theme":"dark"}');
      expect(reply.status, JSON.stringify(headers)).toBe(403);
    }
    expect(harness.writes).toEqual([]);
  });

  it('never grants a CORS preflight', async () => {
    const reply = await send(host, 'OPTIONS', '/bridge/settings.set', {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': SECRET_HEADER,
    });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses requests for another host name, so DNS rebinding cannot read the secret', async () => {
    for (const hostName of ['evil.example', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1.nip.io:${host.port}`]) {
      const page = await send(host, 'GET', '/', { host: hostName });
      expect(page.status, hostName).toBe(403);
      expect(page.body).not.toContain(SECRET_HEADER);
    }
  });

  it('explains bad bodies with typed errors', async () => {
    const secret = await bridgeSecret();
    const headers = { ...json, [SECRET_HEADER]: secret };
    expect((await send(host, 'POST', '/bridge/settings.set', headers, '{not json')).status).toBe(400);
    expect((await send(host, 'POST', '/bridge/settings.set', { 'content-type': 'text/plain', [SECRET_HEADER]: secret }, '{}')).status).toBe(415);
    const huge = await send(host, 'POST', '/bridge/settings.set', headers, JSON.stringify({ theme: 'x'.repeat(17 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    const unknown = await send(host, 'POST', '/bridge/fs.read', headers, '{}');
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(harness.writes).toEqual([]);
  });

  it('never serves a file outside the bundle', async () => {
    for (const pathname of ['/../outside.txt', '/%2e%2e/outside.txt', '/%2E%2E%2Foutside.txt', '/%252e%252e/outside.txt', '/assets/..%5c..%5coutside.txt', '//outside.txt', '/assets/%00app.js']) {
      const reply = await send(host, 'GET', pathname);
      expect([403, 404], pathname).toContain(reply.status);
      expect(reply.body).not.toContain('TOP SECRET');
    }
    expect((await send(host, 'GET', '/assets/app.js')).status).toBe(200);
  });

  it('streams events to a page that holds the secret', async () => {
    const secret = await bridgeSecret();
    const controller = new AbortController();
    const stream = await fetch(`${host.url}/bridge/events`, { headers: { [SECRET_HEADER]: secret }, signal: controller.signal });
    expect(stream.status).toBe(200);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read();
    await send(host, 'POST', '/bridge/settings.set', { ...json, [SECRET_HEADER]: secret }, '{"theme":"light"}');
    let text = '';
    while (!text.includes('\n\n')) text += (await reader.read()).value ?? '';
    expect(JSON.parse(text.replace(/^data: /, ''))).toEqual({ event: 'settings.changed', payload: { ...defaultSettings, theme: 'light' } });
    controller.abort();
    expect((await fetch(`${host.url}/bridge/events`)).status).toBe(401);
  });

  it('says plainly when the port is taken', async () => {
    const attempt = startWebHost({ core: harness.core, bundleDir: root, bridgeScriptPath: path.join(root, 'bridge.js'), port: host.port, logger: harness.logger });
    await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
    await expect(attempt).rejects.toThrow(`Port ${host.port} is already in use`);
  });
});
