import type { Logger } from '../core/logging/logger.js';

export interface CliLogger extends Logger {
  /** From now on say nothing: the command is stopping, and the core's complaints about a closed store are expected. */
  silence(): void;
}

/**
 * The core's log lines for a command line: warnings and errors on stderr
 * (stdout carries results only), routine information dropped. The core never
 * passes a token or a secret to its logger, so context is printed as given.
 */
export function createStderrLogger(write: (line: string) => void): CliLogger {
  let quiet = false;
  const line = (level: string, message: string, context?: Record<string, unknown>) => {
    if (quiet) return;
    const detail = context === undefined || Object.keys(context).length === 0 ? '' : ` ${JSON.stringify(context, (_key, value: unknown) => (value instanceof Error ? value.message : value))}`;
    write(`content-studio: ${level}: ${message}${detail}\n`);
  };
  return {
    info: () => undefined,
    warn: (message, context) => line('warning', message, context),
    error: (message, context) => line('error', message, context),
    silence() {
      quiet = true;
    },
  };
}
