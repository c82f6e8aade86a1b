/** What a command may touch of its process: the environment, the two streams, and the stop signal. */
export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  /** Results: a table, or JSON lines. */
  out(text: string): void;
  /** Progress, warnings and errors. */
  err(text: string): void;
  /**
   * What to close if the process is told to stop (Ctrl+C, SIGTERM) while
   * the command runs; answers a function that takes it back. The process
   * then exits with 130 or 143 (interrupted, run again to resume), unless
   * the cleanup answers an exit code of its own.
   */
  onStop(cleanup: () => Promise<number | void>): () => void;
}
