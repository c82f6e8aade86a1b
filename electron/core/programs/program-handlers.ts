import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { AccountService } from '../accounts/account-service.js';
import type { EventBus } from '../ipc/event-bus.js';
import type { Handlers } from '../ipc/router.js';
import type { Logger } from '../logging/logger.js';
import type { AuthorizationUrlRelay } from './authorization-url-relay.js';

export interface ProgramHandlerOptions {
  readonly accounts: AccountService;
  readonly bus: EventBus;
  readonly relay: AuthorizationUrlRelay;
  readonly logger: Logger;
  /** The built-in Sandbox program's id, which cannot be removed. */
  readonly sandboxProgramId: string | null;
}

type ProgramChannels = 'programs.list' | 'programs.add' | 'programs.remove' | 'programs.signIn' | 'programs.signOut' | 'programs.status';

export function createProgramHandlers({ accounts, bus, relay, logger, sandboxProgramId }: ProgramHandlerOptions): Pick<Handlers, ProgramChannels> {
  accounts.onStatusChange((change) => bus.emit('programs.statusChanged', change));

  const find = (id: string) => {
    const program = accounts.listPrograms().find((candidate) => candidate.id === id);
    if (program === undefined) throw new StudioError('not_found', 'That program is no longer in Content Studio.');
    return program;
  };
  const view = async (id: string) => ({ program: find(id), status: await accounts.status(id), isSandbox: id === sandboxProgramId });

  return {
    'programs.list': async () => {
      const programs = [...accounts.listPrograms()].sort((a, b) => Number(b.id === sandboxProgramId) - Number(a.id === sandboxProgramId));
      return { programs: await Promise.all(programs.map((program) => view(program.id))) };
    },
    'programs.add': async (input) => {
      const program = accounts.addProgram(input);
      bus.emit('programs.changed', {});
      return view(program.id);
    },
    'programs.remove': async ({ programId }) => {
      find(programId);
      if (programId === sandboxProgramId) throw new StudioError('invalid_request', 'The Sandbox program is built in and cannot be removed.');
      await accounts.removeProgram(programId);
      bus.emit('programs.changed', {});
      return {};
    },
    'programs.signIn': async ({ programId, clientSecret }) => {
      const program = find(programId);
      if (program.signIn.kind === 'server') {
        if (clientSecret === undefined) throw new StudioError('invalid_request', 'Enter the client secret to sign in as a server.');
        return { status: await accounts.signInAsServer(programId, { clientId: program.signIn.clientId, clientSecret }) };
      }
      // A user sign-in finishes in the browser, perhaps minutes later: answer with the page to open now,
      // and let `programs.statusChanged` tell the rest.
      const authorizationUrl = await relay.capture(async () => {
        await accounts.signInAsUser(programId).catch((error: unknown) => {
          logger.warn('A sign-in did not complete', { program: programId, reason: error instanceof StudioError ? error.code : 'unexpected' });
        });
      });
      return { status: await accounts.status(programId), ...(authorizationUrl === null ? {} : { authorizationUrl }) };
    },
    'programs.signOut': ({ programId }) => {
      find(programId);
      return accounts.signOut(programId);
    },
    'programs.status': ({ programId }) => {
      find(programId);
      return accounts.status(programId);
    },
  };
}
