import { StudioError } from '../../shared/ipc/studio-error.js';
import { SandboxPortInUseError } from '../sandbox/sandbox-server.js';
import { SandboxDataFileError } from '../sandbox/sandbox-storage.js';
import { MAIN_HELP, PUBLISH_HELP, QUEUE_HELP, SANDBOX_HELP } from './cli-help.js';
import type { CliIo } from './cli-io.js';
import { CommandError } from './command-error.js';
import { EXIT } from './exit-codes.js';
import { LedgerError } from './file-ledger.js';
import { runPublish } from './publish-command.js';
import { parsePublishOptions } from './publish-options.js';
import { runQueue } from './queue-commands.js';
import { parseQueueOptions } from './queue-options.js';
import { runSandbox } from './sandbox-command.js';
import { UsageError } from './usage-error.js';

const HELP: Readonly<Record<string, string>> = { publish: PUBLISH_HELP, queue: QUEUE_HELP, sandbox: SANDBOX_HELP };

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      io.err(`${MAIN_HELP}\n`);
      return EXIT.USAGE;
    case 'help':
    case '--help':
    case '-h': {
      const topic = rest[0] === undefined ? MAIN_HELP : HELP[rest[0]];
      if (topic === undefined) throw new UsageError(`There is no command "${rest[0]}". The commands are publish, queue and sandbox.`);
      io.out(`${topic}\n`);
      return EXIT.OK;
    }
    case 'publish': {
      const options = parsePublishOptions(rest, io.env);
      if (options !== 'help') return runPublish(options, io);
      io.out(`${PUBLISH_HELP}\n`);
      return EXIT.OK;
    }
    case 'queue': {
      const options = parseQueueOptions(rest, io.env);
      if (options !== 'help') return runQueue(options, io);
      io.out(`${QUEUE_HELP}\n`);
      return EXIT.OK;
    }
    case 'sandbox':
      return runSandbox(rest, io);
    default:
      throw new UsageError(
        command.startsWith('-')
          ? `Put the command first, then its options: content-studio publish|queue|sandbox … (got "${command}" first).`
          : `"${command}" is not a content-studio command. The commands are publish, queue and sandbox; "content-studio --help" explains them.`,
      );
  }
}

/** Runs one command line and answers its exit code; every failure becomes a sentence on stderr. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`content-studio: ${error.message}\n`);
      return EXIT.USAGE;
    }
    const known = error instanceof CommandError || error instanceof LedgerError || error instanceof StudioError || error instanceof SandboxPortInUseError || error instanceof SandboxDataFileError;
    io.err(known ? `content-studio: ${error.message}\n` : `content-studio: something went wrong that Content Studio did not expect. Nothing more was sent; run the command again to resume.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.FAILED;
  }
}
