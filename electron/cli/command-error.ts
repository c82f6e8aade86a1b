/**
 * The command could not do its work for a reason outside the command line
 * (a refused sign-in, an unreachable server, a damaged ledger): the message
 * says what happened and what to do, and the CLI exits with FAILED.
 */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}
