import { endpointsOf } from '../../../shared/accounts/program-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { AccountService } from '../accounts/account-service.js';
import { createFirstupClient, type FirstupClient } from '../firstup/firstup-client.js';
import { createRequestBudget, type RequestBudget } from '../firstup/request-budget.js';
import type { Logger } from '../logging/logger.js';

export interface ProgramClients {
  /** The client for one program: its own tokens and its own request budget, never another program's. */
  clientFor(programId: string): FirstupClient;
}

export function createProgramClients(accounts: AccountService, logger: Logger, fetch?: typeof globalThis.fetch): ProgramClients {
  // One budget per program for the app's lifetime, shared by every client built for it (the API's limit is per program).
  const budgets = new Map<string, RequestBudget>();
  const clients = new Map<string, { apiBaseUrl: string; client: FirstupClient }>();

  return {
    clientFor(programId) {
      const program = accounts.listPrograms().find((candidate) => candidate.id === programId);
      if (program === undefined) throw new StudioError('not_found', 'That program is no longer in Content Studio.');
      const { apiBaseUrl } = endpointsOf(program.location);
      const cached = clients.get(programId);
      // The Sandbox program moves to a new port at each launch, so a client is rebuilt when its address changes.
      if (cached !== undefined && cached.apiBaseUrl === apiBaseUrl) return cached.client;
      let budget = budgets.get(programId);
      if (budget === undefined) {
        budget = createRequestBudget();
        budgets.set(programId, budget);
      }
      const client = createFirstupClient({
        apiBaseUrl,
        tokens: accounts.tokenProvider(programId),
        budget,
        logger,
        ...(fetch === undefined ? {} : { fetch }),
        onIdentity: ({ programId: remoteProgramId, userId }) => {
          if (userId !== null) accounts.recordIdentity(programId, { programId: remoteProgramId, userId });
        },
      });
      clients.set(programId, { apiBaseUrl, client });
      return client;
    },
  };
}
