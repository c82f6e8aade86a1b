import path from 'node:path';
import { programSchema, type Program } from '../../../shared/accounts/program-schema.js';
import { startSandbox, type Sandbox } from '../../sandbox/sandbox-server.js';
import type { AccountService } from '../accounts/account-service.js';
import type { ProgramListStore } from '../accounts/program-registry.js';
import type { Logger } from '../logging/logger.js';

/** Fixed, so the built-in program keeps its identity (and its drafts' program) from launch to launch. */
export const SANDBOX_PROGRAM_ID = '5a4db0c5-0000-4000-8000-00000000c0de';

/** The sandbox's own published client (README); not a secret of anyone's. */
const SANDBOX_CLIENT = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' } as const;

/**
 * Starts the Firstup sandbox in-process on a free loopback port, its program
 * kept in `<dataDir>/sandbox-program.json`, and records the Sandbox program
 * at its address of the day. Call before the account service reads the list.
 */
export async function startSandboxProgram(dataDir: string, programs: ProgramListStore): Promise<Sandbox> {
  const sandbox = await startSandbox({ port: 0, rateLimit: 1_000, tokenTtl: 7_200, seed: 1, dataFile: path.join(dataDir, 'sandbox-program.json') });
  const entry: Program = programSchema.parse({
    id: SANDBOX_PROGRAM_ID,
    displayName: 'Sandbox Program',
    location: { kind: 'custom', apiBaseUrl: sandbox.url, authBaseUrl: sandbox.url },
    signIn: { kind: 'server', clientId: SANDBOX_CLIENT.clientId },
    remoteProgramId: String(sandbox.runtime.state.program.id),
  });
  const stored = programs.read();
  const others = (Array.isArray(stored) ? stored : []).filter((program) => (program as { id?: unknown } | null)?.id !== SANDBOX_PROGRAM_ID) as Program[];
  programs.write([entry, ...others]);
  return sandbox;
}

/** A new user lands signed in to the sandbox: no account needed. A failure leaves it "signed out", never a crash. */
export async function signInToSandbox(accounts: AccountService, logger: Logger): Promise<void> {
  try {
    await accounts.signInAsServer(SANDBOX_PROGRAM_ID, SANDBOX_CLIENT);
  } catch (error) {
    logger.warn('Could not sign in to the Sandbox program', { reason: error instanceof Error ? error.message : 'unknown' });
  }
}
