import { parseSandboxOptions, SandboxUsageError } from '../sandbox/sandbox-options.js';
import { startSandbox } from '../sandbox/sandbox-server.js';
import { SANDBOX_HELP } from './cli-help.js';
import type { CliIo } from './cli-io.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './usage-error.js';

/**
 * `content-studio sandbox`: the same options and server as `npm run sandbox`
 * (electron/sandbox/), run until the process is told to stop.
 */
export async function runSandbox(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(`${SANDBOX_HELP}\n`);
    return EXIT.OK;
  }
  let options: ReturnType<typeof parseSandboxOptions>;
  try {
    options = parseSandboxOptions(argv);
  } catch (error) {
    if (error instanceof SandboxUsageError) throw new UsageError(error.message.replace('npm run sandbox --', 'content-studio sandbox'));
    throw error;
  }
  const sandbox = await startSandbox(options);
  const persisted = options.dataFile === undefined ? 'in memory' : `saved to ${options.dataFile}`;
  io.out(`Firstup sandbox "${sandbox.runtime.state.program.name}" is running at ${sandbox.url} (API under /v2, auth under /oauth, data ${persisted}). Ctrl+C stops it.\n`);
  // Stopping is how this command ends, so it is a success, as with `npm run sandbox`.
  return new Promise<number>((resolve) => {
    io.onStop(async () => {
      await sandbox.close();
      resolve(EXIT.OK);
      return EXIT.OK;
    });
  });
}
