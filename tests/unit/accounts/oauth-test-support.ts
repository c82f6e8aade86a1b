/**
 * Shared by the account tests: a fetch that counts token requests, a
 * "browser" that walks the sandbox's sign-in page with fetch, and a logger
 * that keeps every line with its context so tests can grep for secrets.
 */
import { assert, expect } from 'vitest';
import { createAccountService, type AccountService, type AccountServiceOptions } from '../../../electron/core/accounts/account-service.js';
import { createMemoryProgramListStore } from '../../../electron/core/accounts/program-registry.js';
import { createMemorySecretStore } from '../../../electron/core/accounts/secret-store.js';
import type { Logger } from '../../../electron/core/logging/logger.js';

export interface CountingFetch {
  fetch: typeof fetch;
  /** Bodies of every POST to a token endpoint, in order (form-encoded). */
  tokenRequests: URLSearchParams[];
}

export function countingFetch(): CountingFetch {
  const tokenRequests: URLSearchParams[] = [];
  return {
    tokenRequests,
    fetch: (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/token')) {
        const body = init?.body;
        tokenRequests.push(new URLSearchParams(body instanceof URLSearchParams || typeof body === 'string' ? body : undefined));
      }
      return fetch(input, init);
    },
  };
}

export function capturingLogger(): Logger & { text(): string } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string, context?: Record<string, unknown>) => {
    lines.push(`${level} ${message} ${context === undefined ? '' : JSON.stringify(context)}`);
  };
  return { info: keep('info'), warn: keep('warn'), error: keep('error'), text: () => lines.join('\n') };
}

export interface SandboxBrowser {
  /** Every authorization URL the studio asked to open. */
  opened: string[];
  /** What the loopback receiver answered, per completed sign-in. */
  callbacks: Response[];
  openAuthorizationUrl(url: string): Promise<void>;
}

/** The sign-in page's form as a person would submit it: GET the page, read request_id, POST the choice. */
export async function answerSandboxSignIn(authorizeUrl: string, choice: { userId?: number; decision?: 'allow' | 'deny' } = {}): Promise<string> {
  const page = await fetch(authorizeUrl);
  const html = await page.text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  if (requestId === undefined) assert.fail(`the sign-in page has no request_id:\n${html}`);
  const form = new URLSearchParams({ request_id: requestId, decision: choice.decision ?? 'allow', user_id: String(choice.userId ?? 2) });
  const decided = await fetch(new URL('/oauth/authorize', authorizeUrl), { method: 'POST', body: form, redirect: 'manual' });
  expect(decided.status).toBe(302);
  return decided.headers.get('location')!;
}

/**
 * Drives the sandbox's sign-in page like the system browser would, then
 * follows the redirect to the studio's loopback receiver. `tamper` may
 * change the callback URL first (a wrong state, a forged error).
 */
export function sandboxBrowser(choice: { userId?: number; decision?: 'allow' | 'deny'; tamper?: (callback: URL) => URL } = {}): SandboxBrowser {
  const browser: SandboxBrowser = {
    opened: [],
    callbacks: [],
    openAuthorizationUrl(url) {
      browser.opened.push(url);
      // The browser works on its own while the studio waits, as in real life.
      void (async () => {
        const location = new URL(await answerSandboxSignIn(url, choice));
        browser.callbacks.push(await fetch(choice.tamper?.(location) ?? location));
      })();
      return Promise.resolve();
    },
  };
  return browser;
}

export interface TestAccounts {
  service: AccountService;
  logger: ReturnType<typeof capturingLogger>;
  secrets: ReturnType<typeof createMemorySecretStore>;
  counting: CountingFetch;
}

export function testAccounts(overrides: Partial<AccountServiceOptions> = {}): TestAccounts {
  const logger = capturingLogger();
  const secrets = createMemorySecretStore();
  const counting = countingFetch();
  const service = createAccountService({
    programs: createMemoryProgramListStore(),
    secrets,
    logger,
    fetch: counting.fetch,
    openAuthorizationUrl: () => Promise.reject(new Error('no browser in this test')),
    ...overrides,
  });
  return { service, logger, secrets, counting };
}

export function sandboxProgram(url: string, kind: 'user' | 'server', displayName = 'Sandbox Program') {
  return {
    displayName,
    location: { kind: 'custom' as const, apiBaseUrl: url, authBaseUrl: url },
    signIn: { kind, clientId: kind === 'user' ? 'sandbox-desktop' : 'sandbox-client' },
  };
}

/** Calls the sandbox API with a token, as the HTTP client will. */
export async function apiStatus(url: string, token: string): Promise<{ status: number; userId: string | null; programId: string | null }> {
  const response = await fetch(`${url}/v2/content?page.size=1`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  await response.body?.cancel();
  return { status: response.status, userId: response.headers.get('x-user-id'), programId: response.headers.get('x-program-id') };
}
