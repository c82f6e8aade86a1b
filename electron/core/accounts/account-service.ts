import { z } from 'zod';
import type { AccountIdentity, AccountState, AccountStatus } from '../../../shared/accounts/account-status.js';
import { endpointsOf, remoteProgramIdSchema, type AddProgramInput, type Program } from '../../../shared/accounts/program-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { AccessTokenProvider } from '../firstup/access-token-provider.js';
import type { Logger } from '../logging/logger.js';
import { createAccountStatusTracker, type StatusListener } from './account-status-tracker.js';
import type { Fetch } from './lenient-token-fetch.js';
import { createProgramRegistry, type ProgramListStore } from './program-registry.js';
import { createRenewal } from './credential-renewal.js';
import { bindToGrant } from './program-binding.js';
import type { SecretStore } from './secret-store.js';
import { clientCredentialsGrant, type TokenEndpointContext } from './server-sign-in.js';
import type { Grant } from './token-grant.js';
import { createTokenRefresher } from './token-refresher.js';
import { createTokenVault } from './token-vault.js';
import { authorizationCodeSignIn, SIGN_IN_TIMEOUT_MS } from './user-sign-in.js';

/** What the studio asks for when a person signs in; Firstup's full scope catalogue is UNKNOWN (REFERENCE.md §2.7). */
export const DEFAULT_USER_SCOPE = 'content.read content.write';

export interface AccountServiceOptions {
  readonly programs: ProgramListStore;
  readonly secrets: SecretStore;
  readonly logger: Logger;
  /** Electron: openExternalSafe. Browser mode: the renderer opens a tab. */
  readonly openAuthorizationUrl: (url: string) => Promise<void>;
  readonly fetch?: Fetch;
  /** Milliseconds. Monotonic by default, so a wall-clock jump neither expires nor prolongs a token. */
  readonly now?: () => number;
  readonly signInTimeoutMs?: number;
  readonly userScope?: string;
  readonly newId?: () => string;
}

export interface ServerCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

const serverCredentialsSchema = z.strictObject({ clientId: z.string().min(1).max(200), clientSecret: z.string().min(1).max(2_000) });
const identityReportSchema = z.strictObject({ programId: remoteProgramIdSchema, userId: z.string().regex(/^[\w.:-]{1,64}$/), displayName: z.string().max(200).optional() });

export interface AccountService {
  listPrograms(): readonly Program[];
  addProgram(input: AddProgramInput): Program;
  /** Signs out first, so the program's refresh token and client secret are forgotten too. */
  removeProgram(id: string): Promise<void>;
  signInAsUser(id: string): Promise<AccountStatus>;
  signInAsServer(id: string, credentials: ServerCredentials): Promise<AccountStatus>;
  signOut(id: string): Promise<AccountStatus>;
  status(id: string): Promise<AccountStatus>;
  onStatusChange(listener: StatusListener): () => void;
  tokenProvider(id: string): AccessTokenProvider;
  /** The HTTP client reports X-Program-Id and X-User-Id, which confirm whom the token acts as. */
  recordIdentity(id: string, identity: AccountIdentity): void;
}

const monotonicNow = () => performance.timeOrigin + performance.now();

export function createAccountService(options: AccountServiceOptions): AccountService {
  const { logger, secrets } = options;
  const now = options.now ?? monotonicNow;
  const registry = createProgramRegistry(options.programs, logger, options.newId);
  const vault = createTokenVault(secrets, logger);
  const tracker = createAccountStatusTracker(secrets.persistence, logger);
  const attempts = new Map<string, { controller: AbortController; restore: AccountState }>();
  const contextFor = (program: Program): TokenEndpointContext => ({ endpoints: endpointsOf(program.location), fetch: options.fetch ?? fetch, now });
  const renewal = createRenewal({ registry, vault, tracker, contextFor });
  const refresher = createTokenRefresher({ vault, now, logger, renew: renewal.renew, signInNeeded: renewal.signInNeeded });

  async function status(id: string): Promise<AccountStatus> {
    registry.get(id);
    const known = tracker.current(id);
    if (known !== undefined) return known;
    const state = await renewal.storedState(id);
    if (tracker.current(id) === undefined) tracker.set(id, state);
    return tracker.current(id) ?? { state, secretPersistence: secrets.persistence };
  }

  interface SignInAttempt {
    readonly method: 'user' | 'server';
    obtain(program: Program, signal: AbortSignal): Promise<Grant>;
    /** The entry as it should be once this sign-in succeeds (a changed client id). */
    readonly adjust?: (program: Program) => Program;
    readonly clientSecret?: string;
  }

  async function signIn(id: string, attempt: SignInAttempt): Promise<AccountStatus> {
    const program = registry.get(id);
    if (program.signIn.kind !== attempt.method) {
      throw new StudioError('invalid_request', `“${program.displayName}” signs in as a ${program.signIn.kind}, not as a ${attempt.method}.`);
    }
    // A newer attempt replaces one still waiting for the browser; a failure returns to the state before both.
    const running = attempts.get(id);
    const restore = running?.restore ?? (await status(id)).state;
    running?.controller.abort();
    const mine = { controller: new AbortController(), restore };
    attempts.set(id, mine);
    tracker.set(id, 'signing_in');
    try {
      const grant = await attempt.obtain(program, mine.controller.signal);
      if (mine.controller.signal.aborted) throw new StudioError('sign_in_needed', 'Sign-in was cancelled.', { reason: 'cancelled' });
      const bound = bindToGrant(attempt.adjust?.(program) ?? program, grant);
      if (bound !== program) registry.update(bound);
      await vault.forgetAll(id);
      if (attempt.clientSecret !== undefined) await vault.keepClientSecret(id, attempt.clientSecret);
      await vault.keep(id, grant);
      tracker.set(id, 'signed_in');
      logger.info('Signed in', { program: id, as: attempt.method });
      return await status(id);
    } catch (error) {
      if (attempts.get(id) === mine) tracker.set(id, restore);
      throw error;
    } finally {
      if (attempts.get(id) === mine) attempts.delete(id);
    }
  }

  async function signOut(id: string): Promise<AccountStatus> {
    registry.get(id);
    const running = attempts.get(id);
    attempts.delete(id);
    running?.controller.abort();
    await vault.forgetAll(id);
    tracker.set(id, 'signed_out');
    logger.info('Signed out', { program: id });
    return status(id);
  }

  return {
    listPrograms: () => registry.list(),
    addProgram: (input) => registry.add(input),
    async removeProgram(id) {
      await signOut(id);
      registry.remove(id);
      tracker.forget(id);
    },
    signInAsUser: (id) =>
      signIn(id, {
        method: 'user',
        obtain: (program, signal) =>
          authorizationCodeSignIn(contextFor(program), {
            clientId: program.signIn.clientId,
            scope: options.userScope ?? DEFAULT_USER_SCOPE,
            ...(program.remoteProgramId === undefined ? {} : { remoteProgramId: program.remoteProgramId }),
            openAuthorizationUrl: options.openAuthorizationUrl,
            timeoutMs: options.signInTimeoutMs ?? SIGN_IN_TIMEOUT_MS,
            signal,
          }),
      }),
    signInAsServer(id, credentials) {
      const parsed = serverCredentialsSchema.safeParse(credentials);
      if (!parsed.success) return Promise.reject(new StudioError('invalid_request', 'Enter the client id and the client secret.'));
      const { clientId, clientSecret } = parsed.data;
      return signIn(id, {
        method: 'server',
        obtain: (program) => clientCredentialsGrant(contextFor(program), { clientId, clientSecret }, 'server-sign-in'),
        adjust: (program) => (program.signIn.clientId === clientId ? program : { ...program, signIn: { kind: 'server', clientId } }),
        clientSecret,
      });
    },
    signOut,
    status,
    onStatusChange: (listener) => tracker.onChange(listener),
    tokenProvider: (id) => ({
      // The status is settled first so a refused refresh can tell "was signed in" from "never was".
      async getAccessToken() {
        await status(id);
        return refresher.accessToken(id);
      },
      async refreshAfterUnauthorized(rejectedToken) {
        await status(id);
        return refresher.afterUnauthorized(id, rejectedToken);
      },
    }),
    recordIdentity(id, identity) {
      const checked = identityReportSchema.safeParse(identity);
      if (!checked.success) {
        logger.warn('Ignored an identity report that is not a pair of ids', { program: id });
        return;
      }
      const parsed = checked.data;
      const program = registry.list().find((candidate) => candidate.id === id);
      if (program === undefined) return;
      if (program.remoteProgramId === undefined) registry.update({ ...program, remoteProgramId: parsed.programId });
      else if (program.remoteProgramId !== parsed.programId) logger.warn('The API names another program than the one recorded for this entry', { program: id });
      tracker.setIdentity(id, parsed);
    },
  };
}
