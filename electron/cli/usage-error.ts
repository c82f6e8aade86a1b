/**
 * The command line itself is wrong (an unknown option, a missing value, a
 * program or topic that does not exist): nothing was queued or changed, and
 * the message says what to type instead. The CLI exits with USAGE for it.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
