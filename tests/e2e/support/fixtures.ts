import { expect, test as base } from '@playwright/test';

/** Every token the sandbox issues starts so; no renderer-visible byte may ever contain one. */
export const SANDBOX_TOKEN = /sbx_(?:at|rt)_[\w-]{20,}/;

/**
 * Every end-to-end test runs under the token sentinel: each bridge answer
 * the page receives, and the page's storage afterwards, are searched for a
 * sandbox token. (Events are checked in tests/unit/core/account-studio-core.test.ts;
 * the host's log by token-sentinel-account.spec.ts, which runs last.)
 */
export const test = base.extend<{ tokenSentinel: void }>({
  tokenSentinel: [
    async ({ context }, use) => {
      const leaks: string[] = [];
      const reads: Promise<void>[] = [];
      context.on('response', (response) => {
        const { pathname } = new URL(response.url());
        // The event stream never ends, so its body cannot be awaited here.
        if (!pathname.startsWith('/bridge/') || pathname === '/bridge/events') return;
        reads.push(
          response.text().then(
            (text) => {
              if (SANDBOX_TOKEN.test(text)) leaks.push(`answer of ${pathname}`);
            },
            () => undefined,
          ),
        );
      });
      await use();
      await Promise.all(reads);
      for (const page of context.pages()) {
        const stored = await page
          .evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }))
          .catch(() => '');
        if (SANDBOX_TOKEN.test(stored)) leaks.push(`storage of ${page.url()}`);
      }
      expect(leaks).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
