/**
 * `npm run chaos -- [--posts 1000] [--kills 4] [--timeout-minutes 20]`: the
 * outbox chaos run at full size (the test suite runs it at 150 posts). Prints
 * its progress and summary; exits 1 on any violation.
 */
import { parseArgs } from 'node:util';
import { runChaos } from './chaos-scenario.js';
import { MIN_KILLS } from './chaos-settings.js';
import { describeChaos } from './chaos-summary.js';

const usage = 'Usage: npm run chaos -- [--posts <1-10000>] [--kills <3-20>] [--timeout-minutes <1-120>]';

function whole(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    console.error(`--${name} takes a whole number from ${min} to ${max}, not "${raw}".\n${usage}`);
    process.exit(2);
  }
  return value;
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({ options: { posts: { type: 'string' }, kills: { type: 'string' }, 'timeout-minutes': { type: 'string' } }, strict: true }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const posts = whole('posts', values.posts, 1_000, 1, 10_000);
const kills = whole('kills', values.kills, MIN_KILLS + 1, MIN_KILLS, 20);
const timeoutMs = whole('timeout-minutes', values['timeout-minutes'], 20, 1, 120) * 60_000;
const started = performance.now();
const report = await runChaos({ posts, kills, timeoutMs, log: (message) => console.log(`${((performance.now() - started) / 1_000).toFixed(1).padStart(6)} s  ${message}`) });
console.log(`\n${describeChaos(report)}`);
process.exit(report.violations.length === 0 ? 0 : 1);
