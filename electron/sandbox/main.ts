/** `npm run sandbox -- --port <p>`: the Firstup sandbox on its own, for curl, tests and training. */
import { parseSandboxOptions, SandboxUsageError } from './sandbox-options.js';
import { SandboxPortInUseError, startSandbox } from './sandbox-server.js';
import { SandboxDataFileError } from './sandbox-storage.js';

async function main(): Promise<void> {
  const options = parseSandboxOptions(process.argv.slice(2));
  const sandbox = await startSandbox(options);
  const persisted = options.dataFile === undefined ? 'in memory' : `saved to ${options.dataFile}`;
  console.log(`Firstup sandbox "${sandbox.runtime.state.program.name}" is running at ${sandbox.url} (API under /v2, auth under /oauth, data ${persisted}).`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const known = error instanceof SandboxUsageError || error instanceof SandboxPortInUseError || error instanceof SandboxDataFileError;
  console.error(known ? error.message : error);
  process.exit(1);
});
