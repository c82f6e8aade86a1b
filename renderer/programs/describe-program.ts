import type { AccountState, AccountStatus } from '../../shared/accounts/account-status.js';
import type { Program } from '../../shared/accounts/program-schema.js';
import { regionEndpoints } from '../../shared/accounts/regions.js';
import type { ProgramView } from '../../shared/ipc/contract.js';

/** The host of an address, or the address itself if it cannot be read (it was validated by the core, so rarely). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Where the program is, in words: the Sandbox's loopback port changes each launch, so it is not worth showing. */
export function describeLocation(view: ProgramView): string {
  if (view.isSandbox) return 'Sandbox on this computer';
  const { location } = view.program;
  if (location.kind === 'custom') return hostOf(location.apiBaseUrl);
  const region = regionEndpoints[location.region];
  return `${region.label} (${hostOf(region.apiBaseUrl)})`;
}

export function describeSignInMethod(program: Program): string {
  return program.signIn.kind === 'user' ? 'As a person' : 'As a server';
}

/**
 * The status as a sentence. The identity is only known once the API has
 * answered a call (X-User-Id), so a fresh sign-in falls back to the program
 * id learnt from the token, or to a bare "Signed in".
 */
export function describeStatus(program: Program, status: AccountStatus): string {
  switch (status.state) {
    case 'signed_in': {
      const { identity } = status;
      if (identity !== undefined) return `Signed in as ${identity.displayName ?? `user ${identity.userId}`} in program ${identity.programId}`;
      return program.remoteProgramId === undefined ? 'Signed in' : `Signed in to program ${program.remoteProgramId}`;
    }
    case 'signing_in':
      return 'Signing in…';
    case 'signed_out':
      return 'Not signed in';
    case 'sign_in_needed':
      return 'Sign-in needed — sign in again';
  }
}

/** The label of the button that starts a sign-in, which also tells whether one worked before. */
export function signInLabel(state: AccountState): string {
  return state === 'sign_in_needed' ? 'Sign in again' : 'Sign in';
}
