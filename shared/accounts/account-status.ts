import { z } from 'zod';

/**
 * `sign_in_needed`: the program was signed in, but its refresh token or
 * secret stopped working (revoked, expired consent, unreadable keyring).
 * Queued work waits for a new sign-in; nothing is dropped.
 */
export const accountStates = ['signed_out', 'signing_in', 'signed_in', 'sign_in_needed'] as const;
export type AccountState = (typeof accountStates)[number];

/**
 * `session-only`: no OS keyring, so refresh tokens and client secrets are
 * kept in memory and the program must be signed in again after a restart.
 */
export const secretPersistenceSchema = z.enum(['encrypted', 'session-only']);
export type SecretPersistence = z.output<typeof secretPersistenceSchema>;

/** Who the tokens act as, from the API's X-Program-Id and X-User-Id headers. Never a token. */
export const accountIdentitySchema = z.strictObject({
  userId: z.string().max(64),
  programId: z.string().max(64),
  displayName: z.string().max(200).optional(),
});
export type AccountIdentity = z.output<typeof accountIdentitySchema>;

export const accountStatusSchema = z.strictObject({
  state: z.enum(accountStates),
  identity: accountIdentitySchema.optional(),
  secretPersistence: secretPersistenceSchema,
});
export type AccountStatus = z.output<typeof accountStatusSchema>;

/** The payload of a status change: `id` is the program's local id. */
export const accountStatusChangeSchema = z.strictObject({
  id: z.uuid(),
  status: accountStatusSchema,
});
export type AccountStatusChange = z.output<typeof accountStatusChangeSchema>;
