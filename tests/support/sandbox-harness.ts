/**
 * A sandbox on a free loopback port for one test file, with a helper that
 * calls it as a client would and a way to mint tokens without the OAuth dance
 * (the OAuth endpoints have their own tests).
 */
import type { AccessTokenProvider } from '../../electron/core/firstup/access-token-provider.js';
import { issueTokens } from '../../electron/sandbox/auth/token-store.js';
import { createClock } from '../../electron/sandbox/sandbox-clock.js';
import type { SandboxOptions } from '../../electron/sandbox/sandbox-runtime.js';
import { startSandbox, type Sandbox } from '../../electron/sandbox/sandbox-server.js';
import { SANDBOX_USERS } from '../../electron/sandbox/seed/seed-people.js';

export type SandboxRole = keyof typeof SANDBOX_USERS;

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when there is none or it is not JSON. */
  body: any;
}

export interface SandboxHarness {
  sandbox: Sandbox;
  url: string;
  tokenFor(role: SandboxRole): string;
  /** A client's token provider signed in as `role`; a refresh after a 401 hands out the same token. */
  tokensAs(role: SandboxRole): AccessTokenProvider;
  call(method: string, path: string, options?: { token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<Reply>;
  close(): Promise<void>;
}

export async function startSandboxHarness(overrides: Partial<SandboxOptions> = {}): Promise<SandboxHarness> {
  const sandbox = await startSandbox({ port: 0, rateLimit: 1_000_000, tokenTtl: 7_200, seed: 1, ...overrides }, createClock());
  const tokens = new Map<SandboxRole, string>();
  const tokenFor = (role: SandboxRole) => {
    const known = tokens.get(role);
    if (known !== undefined) return known;
    const clientId = role === 'service' ? 'sandbox-client' : 'sandbox-desktop';
    const issued = issueTokens(sandbox.runtime.state, sandbox.runtime.clock, {
      clientId,
      userId: SANDBOX_USERS[role].id,
      scope: 'content.read content.write',
      ttlSeconds: sandbox.runtime.options.tokenTtl,
      refresh: null,
    });
    tokens.set(role, issued.access_token);
    return issued.access_token;
  };
  return {
    sandbox,
    url: sandbox.url,
    tokenFor,
    tokensAs: (role) => ({ getAccessToken: () => Promise.resolve(tokenFor(role)), refreshAfterUnauthorized: () => Promise.resolve(tokenFor(role)) }),
    async call(method, path, options = {}) {
      const token = options.token === undefined ? tokenFor('publisher') : options.token;
      const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
      if (token !== null) headers.Authorization = `Bearer ${token}`;
      let body: string | undefined = options.rawBody;
      if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['Content-Type'] = 'application/json';
      }
      const response = await fetch(`${sandbox.url}${path}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = text === '' ? undefined : JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: response.status, headers: response.headers, text, body: parsed };
    },
    close: () => sandbox.close(),
  };
}
