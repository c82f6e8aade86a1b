import { endpointsOf, type Program } from '../../shared/accounts/program-schema.js';
import type { ProgramView } from '../../shared/ipc/contract.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { SANDBOX_PROGRAM_ID, signInToSandbox } from '../core/sandbox-program/sandbox-program.js';
import type { CliSession } from './cli-session.js';
import { CommandError } from './command-error.js';
import { SECRET_HINT, type ProgramChoice } from './publish-options.js';
import { UsageError } from './usage-error.js';

/** The program the files go to, signed in; `signInAgain` is for jobs that stopped for sign-in meanwhile. */
export interface SelectedProgram {
  readonly id: string;
  readonly displayName: string;
  signInAgain(): Promise<void>;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

async function programs(session: CliSession): Promise<ProgramView[]> {
  return (await session.call('programs.list', {})).programs;
}

async function signIn(session: CliSession, program: Program, clientSecret: string): Promise<void> {
  try {
    await session.call('programs.signIn', { programId: program.id, clientSecret });
  } catch (error) {
    const reason = error instanceof StudioError ? error.message : String(error);
    throw new CommandError(`Could not sign in to “${program.displayName}” at ${endpointsOf(program.location).authBaseUrl}: ${reason} Nothing was queued.`);
  }
}

async function sandbox(session: CliSession): Promise<SelectedProgram> {
  const signInNow = async () => {
    await signInToSandbox(session.core.accounts, session.logger);
    const { state } = await session.call('programs.status', { programId: SANDBOX_PROGRAM_ID });
    if (state !== 'signed_in') throw new CommandError('Could not sign in to the built-in Sandbox program (the warning above says why). Nothing was queued.');
  };
  await signInNow();
  return { id: SANDBOX_PROGRAM_ID, displayName: 'Sandbox Program', signInAgain: signInNow };
}

function named(views: readonly ProgramView[], name: string, dataDir: string): Program {
  const matches = views.filter((view) => !view.isSandbox && sameName(view.program.displayName, name));
  if (matches.length === 1) return matches[0]!.program;
  if (matches.length > 1) throw new UsageError(`${matches.length} programs in ${dataDir} are called “${name}”. Rename one in Content Studio's Settings, then run this again.`);
  const known = views.filter((view) => !view.isSandbox).map((view) => `“${view.program.displayName}”`);
  throw new UsageError(
    known.length === 0
      ? `There is no program called “${name}” in ${dataDir}: only the built-in Sandbox. Add the program in Content Studio, or use --api-url, --auth-url and --client-id.`
      : `There is no program called “${name}” in ${dataDir}. Its programs are ${known.join(', ')} (and the built-in Sandbox).`,
  );
}

/** The same server and client id as before, so a rerun finds the program (and its jobs) under the same id. */
async function serverProgram(session: CliSession, choice: Extract<ProgramChoice, { kind: 'server' }>): Promise<Program> {
  const found = (await programs(session)).find(({ program }) => {
    const endpoints = endpointsOf(program.location);
    return program.signIn.kind === 'server' && program.signIn.clientId === choice.clientId && endpoints.apiBaseUrl === choice.apiBaseUrl;
  })?.program;
  if (found !== undefined) {
    const { authBaseUrl } = endpointsOf(found.location);
    if (authBaseUrl !== choice.authBaseUrl) {
      throw new UsageError(`“${found.displayName}” (${choice.apiBaseUrl}, client ${choice.clientId}) signs in at ${authBaseUrl}, not ${choice.authBaseUrl}. Use --auth-url ${authBaseUrl}, or change the program in Content Studio.`);
    }
    return found;
  }
  const displayName = `${new URL(choice.apiBaseUrl).host} (${choice.clientId})`.slice(0, 100);
  const added = await session.call('programs.add', {
    displayName,
    location: { kind: 'custom', apiBaseUrl: choice.apiBaseUrl, authBaseUrl: choice.authBaseUrl },
    signIn: { kind: 'server', clientId: choice.clientId },
  });
  return added.program;
}

/** Finds (or, for --api-url, registers) the program and signs in to it; no secret is written anywhere. */
export async function selectProgram(session: CliSession, choice: ProgramChoice): Promise<SelectedProgram> {
  if (choice.kind === 'sandbox') return sandbox(session);
  let program: Program;
  let secret: string | undefined;
  if (choice.kind === 'server') {
    program = await serverProgram(session, choice);
    secret = choice.clientSecret;
  } else {
    program = named(await programs(session), choice.name, session.dataDir);
    if (program.signIn.kind === 'user') {
      throw new UsageError(
        `“${program.displayName}” signs in as a person, in a browser, which a command line cannot do. Publish to it from Content Studio, or give the CLI a server client with --api-url, --auth-url and --client-id.`,
      );
    }
    secret = choice.clientSecret;
    if (secret === undefined) throw new UsageError(`“${program.displayName}” signs in as a server and needs its client secret. ${SECRET_HINT}`);
  }
  const clientSecret = secret;
  await signIn(session, program, clientSecret);
  return { id: program.id, displayName: program.displayName, signInAgain: () => signIn(session, program, clientSecret) };
}
