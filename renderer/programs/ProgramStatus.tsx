import type { AccountStatus } from '../../shared/accounts/account-status.js';
import type { Program } from '../../shared/accounts/program-schema.js';
import { describeStatus } from './describe-program.js';

/**
 * The status in words, with a mark whose shape (not only its colour) differs
 * by state. Live, so a sign-in finishing in the browser is announced.
 */
export function ProgramStatus({ program, status }: { program: Program; status: AccountStatus }) {
  return (
    <dd className="program-status" data-state={status.state} aria-live="polite">
      <span className="program-status-mark" aria-hidden="true" />
      <span className="program-status-text">{describeStatus(program, status)}</span>
    </dd>
  );
}
