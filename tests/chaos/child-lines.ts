/**
 * What a runner child tells the chaos scenario, one JSON object per stdout
 * line. Pipes are written synchronously on Linux and macOS, so a complete
 * line was fully written before anything after it happened; a line cut short
 * by SIGKILL fails to parse and is dropped.
 */
import { z } from 'zod';
import { outboxStates, outboxSteps } from '../../shared/outbox/outbox-views.js';

const request = { method: z.string(), path: z.string() };

export const childLineSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('ready'), owner: z.string(), reclaimed: z.number(), stalled: z.number() }),
  /** A request leaves the client: between this and its answer, the job is mid-step. */
  z.strictObject({ t: z.literal('send'), ...request }),
  z.strictObject({ t: z.literal('answer'), ...request, status: z.number() }),
  z.strictObject({ t: z.literal('no-answer'), ...request, reason: z.string() }),
  z.strictObject({ t: z.literal('job'), jobId: z.string(), state: z.enum(outboxStates), step: z.enum(outboxSteps), inFlight: z.number() }),
  /** The runner's onError: a job crashed on something other than a Firstup answer. */
  z.strictObject({ t: z.literal('runner-error'), message: z.string() }),
  z.strictObject({ t: z.literal('rest'), counts: z.record(z.string(), z.number()) }),
]);

export type ChildLine = z.infer<typeof childLineSchema>;

export function parseChildLine(text: string): ChildLine | null {
  try {
    const parsed = childLineSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** For the child: one line per call, written before the call returns. */
export const say = (line: ChildLine) => process.stdout.write(`${JSON.stringify(line)}\n`);
