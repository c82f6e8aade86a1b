import { z } from 'zod';
import { firstupRegions, regionEndpoints } from './regions.js';

/**
 * https, or plain http to a loopback IP literal (the sandbox, a local
 * staging proxy). `localhost` is refused because a hosts file can point it
 * anywhere, and the token would then travel in clear text. The normalised
 * form (lowercase host, no trailing slash, no query, fragment or userinfo)
 * is what gets stored, so endpoints are built by plain concatenation.
 */
const SAFE_BASE_URL = /^(?:https:\/\/[^/?#@\s]+|http:\/\/(?:127\.0\.0\.1|\[::1\])(?::\d{1,5})?)(?:\/[^?#\s]*)?$/;

export const baseUrlSchema = z
  .url({ protocol: /^https?$/, normalize: true })
  .max(2_048)
  .transform((href) => href.replace(/\/+$/, ''))
  .refine((href) => SAFE_BASE_URL.test(href), { message: 'Use an https:// address, or http://127.0.0.1 for a local sandbox.' });

/** Where a program lives: one of Firstup's regions, or an explicit pair (sandbox, staging). */
export const programLocationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('region'), region: z.enum(firstupRegions) }),
  z.strictObject({ kind: z.literal('custom'), apiBaseUrl: baseUrlSchema, authBaseUrl: baseUrlSchema }),
]);
export type ProgramLocation = z.output<typeof programLocationSchema>;

const clientIdSchema = z.string().regex(/^[\x21-\x7e]{1,200}$/, 'A client id is 1 to 200 visible ASCII characters.');

/**
 * How the studio signs in to the program. `user`: authorization code + PKCE
 * with a public client id (posts are attributed to the person). `server`:
 * client credentials; the client secret is typed in at sign-in and kept in
 * the SecretStore, so no schema here has room for it.
 */
export const signInMethodSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('user'), clientId: clientIdSchema }),
  z.strictObject({ kind: z.literal('server'), clientId: clientIdSchema }),
]);
export type SignInMethod = z.output<typeof signInMethodSchema>;

/** Firstup's own id for the program (REFERENCE.md §2.1), learnt from the token response or X-Program-Id. */
export const remoteProgramIdSchema = z.string().regex(/^[\w.:-]{1,64}$/);

export const programSchema = z.strictObject({
  /** Our local id (uuid); Firstup's id is `remoteProgramId`. */
  id: z.uuid(),
  displayName: z.string().trim().min(1).max(100),
  location: programLocationSchema,
  signIn: signInMethodSchema,
  remoteProgramId: remoteProgramIdSchema.optional(),
});
/** A program as stored and as the renderer sees it: it never holds a secret. */
export type Program = z.output<typeof programSchema>;

export const addProgramInputSchema = programSchema.omit({ id: true });
export type AddProgramInput = z.input<typeof addProgramInputSchema>;

export interface ProgramEndpoints {
  readonly apiBaseUrl: string;
  readonly authBaseUrl: string;
}

export function endpointsOf(location: ProgramLocation): ProgramEndpoints {
  if (location.kind === 'custom') return { apiBaseUrl: location.apiBaseUrl, authBaseUrl: location.authBaseUrl };
  const { apiBaseUrl, authBaseUrl } = regionEndpoints[location.region];
  return { apiBaseUrl, authBaseUrl };
}
