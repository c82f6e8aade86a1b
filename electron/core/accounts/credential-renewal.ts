import type { AccountState } from '../../../shared/accounts/account-status.js';
import type { Program } from '../../../shared/accounts/program-schema.js';
import type { AccountStatusTracker } from './account-status-tracker.js';
import type { ProgramRegistry } from './program-registry.js';
import { refreshTokenGrant } from './refresh-grant.js';
import { clientCredentialsGrant, type TokenEndpointContext } from './server-sign-in.js';
import type { Grant } from './token-grant.js';
import { signInNeededError } from './token-refresher.js';
import type { TokenVault } from './token-vault.js';

export interface RenewalDeps {
  readonly registry: ProgramRegistry;
  readonly vault: TokenVault;
  readonly tracker: AccountStatusTracker;
  readonly contextFor: (program: Program) => TokenEndpointContext;
}

export interface Renewal {
  /** A new grant from the stored credential; StudioError('sign_in_needed') when there is none or it is refused. */
  readonly renew: (programId: string) => Promise<Grant>;
  /** Forgets the refused credential; a program that was signed in now needs a new sign-in. */
  readonly signInNeeded: (programId: string) => Promise<void>;
  /** What the stored credentials say at start-up, before any request. */
  readonly storedState: (programId: string) => Promise<AccountState>;
}

/**
 * The credential each kind of sign-in renews with: user sign-ins present
 * their refresh token; server sign-ins have none (client credentials issues
 * no refresh token) and run the grant again with the stored secret.
 */
export function createRenewal({ registry, vault, tracker, contextFor }: RenewalDeps): Renewal {
  const storedCredential = (program: Program) => (program.signIn.kind === 'server' ? vault.clientSecret(program.id) : vault.refreshToken(program.id));

  return {
    async renew(programId) {
      const program = registry.get(programId);
      const credential = await storedCredential(program);
      if (credential === null) throw signInNeededError();
      if (program.signIn.kind === 'server') {
        return clientCredentialsGrant(contextFor(program), { clientId: program.signIn.clientId, clientSecret: credential }, 'refresh');
      }
      return refreshTokenGrant(contextFor(program), program.signIn.clientId, credential);
    },
    async signInNeeded(programId) {
      await vault.forgetAll(programId);
      if (tracker.current(programId)?.state === 'signed_in') tracker.set(programId, 'sign_in_needed');
    },
    async storedState(programId) {
      if (vault.accessToken(programId) !== undefined) return 'signed_in';
      if ((await storedCredential(registry.get(programId))) !== null) return 'signed_in';
      return vault.unreadable(programId) ? 'sign_in_needed' : 'signed_out';
    },
  };
}
