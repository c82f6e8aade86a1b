/**
 * Which sandbox fault the chaos run injects next, and after how many clean
 * requests. Faults come as a deck: each round holds one fault of every group
 * in a shuffled order, so every group ends up with an equal share of the
 * injected faults (±1 round). Between two faults a random number of requests
 * goes through clean, so the fault rate is about 1/(mean gap + 1) with little
 * spread. Independent probabilities per rule would give each group its share,
 * and the run its rate, only on average, which a 150-post run is too small to
 * count on; and their bursts would often open the circuit breaker (five
 * failed steps in a row), whose 30 s cool-down the runner does not let a
 * test shorten.
 */
import { faultRuleSchema, type FaultRule } from '../../electron/sandbox/faults/fault-rules.js';

export const faultGroups = ['429', '5xx', 'reset', 'delay', 'commit-then-drop', 'html-200', 'bad-json'] as const;
export type FaultGroup = (typeof faultGroups)[number];

export interface FaultPlanOptions {
  /** Clean requests between two faults: uniform from `min` to `max`. */
  readonly gap: { readonly min: number; readonly max: number };
  /** The child's client timeout: the long delay outlasts it, so the client gives up. */
  readonly clientTimeoutMs: number;
}

export interface NextFault {
  /** Requests to let through before `rules` are installed. */
  readonly gap: number;
  /** One fault, sometimes offered on several paths; it fires once (`times: 1`), on the first request it matches. */
  readonly rules: FaultRule[];
}

export interface FaultPlan {
  next(): NextFault;
}

export function groupOf(rule: FaultRule): FaultGroup {
  if (typeof rule.fault === 'number') return rule.fault === 429 ? '429' : '5xx';
  return rule.fault;
}

/** A label that tells the variants of a group apart in the summary. */
export function variantOf(rule: FaultRule): string {
  if (rule.fault === 429) return `429 (Retry-After ${rule.retry_after ?? 'none'})`;
  if (rule.fault === 'delay') return `delay ${rule.delay_ms ?? 5_000} ms`;
  return String(rule.fault);
}

function variants(clientTimeoutMs: number): Record<FaultGroup, FaultRule[][]> {
  const times = 1;
  const anyRequest = (fault: FaultRule['fault'], extra: Partial<FaultRule> = {}): FaultRule[] => [{ method: '*', path: '/v2/*', fault, times, ...extra }];
  return {
    // Retry-After 0–1 s keeps the run quick; the program-wide pause itself is what is exercised.
    '429': [anyRequest(429, { retry_after: 0 }), anyRequest(429, { retry_after: 1 })],
    '5xx': [anyRequest(500), anyRequest(502), anyRequest(503)],
    reset: [anyRequest('reset')],
    // A short delay the client waits out, and a long one past its timeout (the sandbox then drops the request).
    delay: [anyRequest('delay', { delay_ms: 300 }), anyRequest('delay', { delay_ms: clientTimeoutMs + 500 })],
    // On a read it would only be a reset: the lost answers that matter are those of writes (create, publish).
    'commit-then-drop': [
      [
        { method: 'POST', path: '/v2/content', fault: 'commit-then-drop', times },
        { method: 'PUT', path: '/v2/content/*', fault: 'commit-then-drop', times },
      ],
    ],
    'html-200': [anyRequest('html-200')],
    'bad-json': [anyRequest('bad-json')],
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export function createFaultPlan(options: FaultPlanOptions, random: () => number = Math.random): FaultPlan {
  const byGroup = variants(options.clientTimeoutMs);
  const { min, max } = options.gap;
  // Parsed with the sandbox's own schema, as POST /_sandbox/faults would: a rule it would refuse fails here.
  for (const rules of Object.values(byGroup).flat()) for (const rule of rules) faultRuleSchema.parse(rule);
  const dealt = new Map<FaultGroup, number>();
  let round: FaultGroup[] = [];
  return {
    next() {
      if (round.length === 0) round = shuffled(faultGroups, random);
      const group = round.pop()!;
      const count = dealt.get(group) ?? 0;
      dealt.set(group, count + 1);
      const choices = byGroup[group];
      return { gap: min + Math.floor(random() * (max - min + 1)), rules: choices[count % choices.length]! };
    },
  };
}
