import { z } from 'zod';
import { StudioError, studioErrorSchema, type StudioErrorCode } from '../../../../shared/ipc/studio-error.js';

/**
 * A thrown value, read defensively: the outbox must classify whatever a step
 * throws (a StudioError from the Firstup client, the same error after a trip
 * through IPC as plain data, or a bug's TypeError), and a details field of
 * the wrong type must degrade to "unknown", never throw here.
 */
export interface FailureInput {
  /** Null when the value is not a StudioError at all. */
  code: StudioErrorCode | null;
  message: string | null;
  /** The HTTP status Firstup answered with, when there was one. */
  status: number | null;
  /** For `offline`: 'unreachable' | 'timeout' | 'connection_lost' (see firstup/error-mapping.ts), or null. */
  reason: string | null;
  /** For `rate_limited`: seconds from Retry-After; null when absent or unreadable. */
  retryAfterSeconds: number | null;
  serverMessage: string | null;
}

const detailsSchema = z
  .object({
    status: z.number().int().min(100).max(599).nullable().catch(null),
    reason: z.string().max(50).nullable().catch(null),
    retryAfterSeconds: z.number().min(0).nullable().catch(null),
    serverMessage: z.string().max(2_000).nullable().catch(null),
  })
  .partial()
  .catch({});

const UNKNOWN: FailureInput = { code: null, message: null, status: null, reason: null, retryAfterSeconds: null, serverMessage: null };

export function readFailure(error: unknown): FailureInput {
  try {
    return read(error);
  } catch {
    // A thrown object whose getters or proxy traps throw: it tells us nothing, and must not take the runner down.
    return UNKNOWN;
  }
}

function read(error: unknown): FailureInput {
  const data = error instanceof StudioError ? error : studioErrorSchema.safeParse(error).data;
  if (data === undefined) return UNKNOWN;
  const details = detailsSchema.parse(data.details);
  return {
    code: data.code,
    message: data.message,
    status: details.status ?? null,
    reason: details.reason ?? null,
    retryAfterSeconds: details.retryAfterSeconds ?? null,
    serverMessage: details.serverMessage ?? null,
  };
}
