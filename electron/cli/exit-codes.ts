/** The CLI's exit codes, as documented in `content-studio --help`. */
export const EXIT = {
  /** Every item reached its target state. */
  OK: 0,
  /** Some item did not (needs attention, not queued, cancelled…), or the program could not be reached. */
  FAILED: 1,
  /** The command line is wrong; nothing was done. */
  USAGE: 2,
  /** Stopped by Ctrl+C; running the same command again resumes. 128 + the signal's number, as shells report it. */
  SIGINT: 130,
  SIGTERM: 143,
} as const;
