import type { Program } from '../../../shared/accounts/program-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { Grant } from './token-grant.js';

/**
 * A token is bound to exactly one Firstup program (REFERENCE.md §2.1). The
 * first sign-in teaches the entry which one; a later sign-in that lands in
 * another program (the browser session picked it) must not be kept under
 * this entry, or its work would be published in the wrong place.
 */
export function bindToGrant(program: Program, grant: Grant): Program {
  if (grant.remoteProgramId === undefined || program.remoteProgramId === grant.remoteProgramId) return program;
  if (program.remoteProgramId !== undefined) {
    throw new StudioError(
      'validation',
      `This sign-in is for Firstup program ${grant.remoteProgramId}, but “${program.displayName}” is program ${program.remoteProgramId}. Add it as a separate program.`,
    );
  }
  return { ...program, remoteProgramId: grant.remoteProgramId };
}
