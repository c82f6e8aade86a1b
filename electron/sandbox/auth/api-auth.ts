import type { IncomingMessage } from 'node:http';
import { ApiError } from '../http/api-error.js';
import type { Role, SandboxUser } from '../model.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { findAccessToken } from './token-store.js';

/** Who an API call acts as. */
export interface ApiAuth {
  readonly user: SandboxUser;
  readonly clientId: string;
  readonly scope: string;
  readonly programId: number;
}

const unauthorized = (message: string, error: string) =>
  new ApiError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': `Bearer realm="sandbox", error="${error}"` });

export function authenticate(runtime: SandboxRuntime, request: IncomingMessage): ApiAuth {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
  if (match === null) throw unauthorized('Send an access token: Authorization: Bearer <token>.', 'invalid_request');
  const record = findAccessToken(runtime.state, runtime.clock, match[1]!);
  if (record === null) throw unauthorized('The access token is missing, expired or revoked.', 'invalid_token');
  const user = runtime.state.users.find((candidate) => candidate.id === record.user_id);
  if (user === undefined) throw unauthorized('The user behind this token no longer exists.', 'invalid_token');
  return { user, clientId: record.client_id, scope: record.scope, programId: runtime.state.program.id };
}

const rank: Record<Role, number> = { member: 0, publisher: 1, program_manager: 2 };

/** 403 below the role: content needs a publisher, topic changes a program manager. */
export function requireRole(auth: ApiAuth, role: Role): void {
  if (rank[auth.user.role] < rank[role]) {
    const needed = role === 'publisher' ? 'the publisher role or higher' : 'the program manager role';
    throw new ApiError(403, 'forbidden', `This needs ${needed}; ${auth.user.display_name} is a ${auth.user.role.replace('_', ' ')}.`);
  }
}
