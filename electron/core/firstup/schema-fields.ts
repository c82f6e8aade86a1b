import { z } from 'zod';

/**
 * Field schemas shared by the record schemas: strict about a field's type
 * when it is present, and turning "absent" into null so the studio's types
 * say plainly which values Firstup may leave out.
 */

/** Integers, also when a server or proxy sends them as numeric strings. */
export const integerId = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,15}$/).transform(Number)]);

export const optionalId = integerId.nullish().transform((value) => value ?? null);
export const optionalText = z.string().nullish().transform((value) => value ?? null);
export const optionalFlag = z.boolean().nullish().transform((value) => value ?? null);
export const optionalCount = z.number().int().nonnegative().nullish().transform((value) => value ?? null);

export function listOf<S extends z.ZodType>(item: S) {
  return z
    .array(item)
    .nullish()
    .transform((value): z.output<S>[] => value ?? []);
}

/** For records that name their id one of two ways (`content_image_id` or `id`): the first is the one reported missing. */
export function requireEither(preferred: string, other: string): [(value: Record<string, unknown>) => boolean, { path: string[]; message: string }] {
  return [(value) => value[preferred] != null || value[other] != null, { path: [preferred], message: `${preferred} is required` }];
}

/** For fields whose very name and type are UNKNOWN: another type counts as absent instead of failing the record. */
export const lenientText = optionalText.catch(null);
export const lenientId = optionalId.catch(null);
export const lenientCount = optionalCount.catch(null);
