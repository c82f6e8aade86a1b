import { z } from 'zod';

/**
 * Every failure that crosses the IPC boundary is one of these codes, so the
 * renderer can explain it to a person without parsing messages. Later issues
 * add the codes of the Firstup client (sign-in needed, rate-limited, …) here.
 */
export const studioErrorCodes = [
  /** The payload did not match the channel's request schema. */
  'invalid_request',
  /** No such channel in the contract. */
  'unknown_channel',
  /** The caller is not our own main frame (Electron) or lacks the bridge secret (browser mode). */
  'forbidden_sender',
  /** The Firstup API refused the input; the message is the server's, made readable. */
  'validation',
  /** The program's sign-in expired or was revoked: sign in again (queued work waits, nothing is dropped). */
  'sign_in_needed',
  /** The signed-in identity lacks the role (publishing needs publisher or higher). */
  'forbidden',
  /** The post, topic or program no longer exists there. */
  'not_found',
  /** Too many requests for this program; `details.retryAfterSeconds` says when to try again. */
  'rate_limited',
  /** No network, or the Firstup host cannot be reached. */
  'offline',
  /** Firstup answered with a server error (5xx). */
  'server_error',
  /** Firstup answered with something we cannot read (not JSON, or missing a field we need). */
  'unexpected_response',
  /** Browser mode only: the page lost contact with the host (it stopped, or the network stack refused). */
  'core_unreachable',
  /** A draft save was based on an older revision than the stored one; `details.currentRevision` says which. Reload before saving again. */
  'draft_conflict',
  /** A bug on our side; the message is generic and the detail is in the log. */
  'internal',
] as const;

export type StudioErrorCode = (typeof studioErrorCodes)[number];

export const studioErrorSchema = z.strictObject({
  code: z.enum(studioErrorCodes),
  message: z.string().max(2_000),
  details: z.unknown().optional(),
});

export type StudioErrorData = z.infer<typeof studioErrorSchema>;

export class StudioError extends Error {
  override readonly name = 'StudioError';

  constructor(
    readonly code: StudioErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toData(): StudioErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromData(data: StudioErrorData): StudioError {
    return new StudioError(data.code, data.message, data.details);
  }
}
