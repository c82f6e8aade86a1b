import { z } from 'zod';

/**
 * Switchable faults for resilience tests (`POST /_sandbox/faults`). A rule
 * matches a method and a path pattern where `*` stands for one segment, or
 * for the rest of the path when it is the last segment.
 */
export const faultKinds = ['reset', 'delay', 'commit-then-drop', 'html-200', 'bad-json'] as const;

export const faultRuleSchema = z
  .strictObject({
    method: z.union([z.enum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']), z.literal('*')]),
    path: z.string().startsWith('/').max(500),
    fault: z.union([z.number().int().min(400).max(599), z.enum(faultKinds)]),
    retry_after: z.number().int().min(0).max(86_400).optional(),
    delay_ms: z.number().int().min(0).max(120_000).optional(),
    probability: z.number().min(0).max(1).optional(),
    times: z.number().int().min(1).max(1_000_000).optional(),
  })
  .refine((rule) => !(rule.probability !== undefined && rule.times !== undefined), { message: 'Give probability or times, not both.' });

export const faultRequestSchema = z.strictObject({ rules: z.array(faultRuleSchema).min(1).max(100) });

export type FaultRule = z.infer<typeof faultRuleSchema>;

export interface FaultBook {
  set(rules: FaultRule[]): void;
  clear(): void;
  list(): readonly FaultRule[];
  /** The first rule that fires for this request, consuming one of its `times`. */
  take(method: string, path: string, random: () => number): FaultRule | null;
}

export function pathMatches(pattern: string, path: string): boolean {
  const expected = pattern.split('/').filter(Boolean);
  const actual = path.split('/').filter(Boolean);
  for (let i = 0; i < expected.length; i += 1) {
    const segment = expected[i];
    if (segment === '*' && i === expected.length - 1) return actual.length >= expected.length;
    if (actual[i] === undefined || (segment !== '*' && segment !== actual[i])) return false;
  }
  return expected.length === actual.length;
}

export function createFaultBook(): FaultBook {
  let rules: (FaultRule & { remaining?: number })[] = [];
  return {
    set(next) {
      rules = next.map((rule) => ({ ...rule, remaining: rule.times }));
    },
    clear() {
      rules = [];
    },
    list: () => rules,
    take(method, path, random) {
      for (const rule of rules) {
        if (rule.method !== '*' && rule.method !== method) continue;
        if (!pathMatches(rule.path, path)) continue;
        if (rule.remaining !== undefined) {
          if (rule.remaining <= 0) continue;
          rule.remaining -= 1;
        } else if (rule.probability !== undefined && random() >= rule.probability) continue;
        return rule;
      }
      return null;
    },
  };
}
