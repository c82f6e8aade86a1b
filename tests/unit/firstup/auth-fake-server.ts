/**
 * A Firstup stand-in on 127.0.0.1:0 that each test scripts: it records every
 * request and answers with whatever the test queued, so each status, body
 * shape and header the client must survive can be produced exactly.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import type { AccessTokenProvider } from '../../../electron/core/firstup/access-token-provider.js';
import { createFirstupClient, type FirstupClientOptions } from '../../../electron/core/firstup/firstup-client.js';
import { createRequestBudget } from '../../../electron/core/firstup/request-budget.js';

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  delayMs?: number;
}

export type Responder = (request: SeenRequest) => Answer;

export interface FakeFirstup {
  url: string;
  requests: SeenRequest[];
  /** Answers in order; the last one repeats. */
  answer(...answers: (Answer | Responder)[]): void;
  close(): Promise<void>;
}

export async function startFakeFirstup(): Promise<FakeFirstup> {
  const requests: SeenRequest[] = [];
  let answers: (Answer | Responder)[] = [{ status: 200, body: { data: {} } }];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      const seen: SeenRequest = { method: request.method ?? '', path: url.pathname, query: url.searchParams, headers: request.headers, body: Buffer.concat(chunks).toString() };
      requests.push(seen);
      const next = answers.length > 1 ? answers.shift()! : answers[0]!;
      const answer = typeof next === 'function' ? next(seen) : next;
      const send = () => {
        const json = answer.body !== undefined && typeof answer.body !== 'string';
        const headers = { 'Content-Type': 'application/json', 'X-Program-Id': '4242', 'X-User-Id': '2', ...answer.headers };
        response.writeHead(answer.status ?? 200, headers).end(json ? JSON.stringify(answer.body) : (answer.body as string | undefined));
      };
      if (answer.delayMs === undefined) send();
      else setTimeout(send, answer.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (...next) => {
      answers = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Hands out `token-1`, then `token-2`, … on each refresh, and counts the refreshes. */
export function countingTokens(): AccessTokenProvider & { refreshes: string[] } {
  let current = 'token-1';
  const refreshes: string[] = [];
  return {
    refreshes,
    getAccessToken: () => Promise.resolve(current),
    refreshAfterUnauthorized(rejected) {
      refreshes.push(rejected);
      current = `token-${refreshes.length + 1}`;
      return Promise.resolve(current);
    },
  };
}

export function clientFor(fake: FakeFirstup, overrides: Partial<FirstupClientOptions> = {}) {
  const tokens = countingTokens();
  const logger = createMemoryLogger();
  const client = createFirstupClient({ apiBaseUrl: fake.url, tokens, budget: createRequestBudget(), logger, timeoutMs: 2_000, ...overrides });
  return { client, tokens, logger };
}

/** A content record as the sandbox writes one; tests override fields. */
export function contentRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 5101,
    uuid: '8b358e6b-11d4-4e89-bf7f-ec670e3398ed',
    content_type: 'article',
    state: 'draft',
    title: 'Hello',
    body: '<p>Hi</p>',
    channels: [{ id: 101, hidden: false }],
    images: [],
    ...overrides,
  };
}
