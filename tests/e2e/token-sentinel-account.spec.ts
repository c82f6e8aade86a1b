import { readFileSync } from 'node:fs';
import { HOST_LOG } from './support/host-log.js';
import { expect, SANDBOX_TOKEN, test } from './support/fixtures.js';

/** Runs last (files run in name order, one worker): by now the whole suite has gone through the host. */
test('the browser-mode host never logged a token, through the whole end-to-end suite', () => {
  const log = readFileSync(HOST_LOG, 'utf8');
  expect(log).toContain('Content Studio (browser mode) is running at');
  expect(log).not.toMatch(SANDBOX_TOKEN);
  expect(log).not.toContain('sandbox-secret');
});
