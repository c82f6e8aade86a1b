import { z } from 'zod';
import { createContentTypes } from '../model.js';

/**
 * Request bodies of the content endpoints. REFERENCE.md §5.2 gives the field
 * names but no limits; the limits below are the sandbox's picks, generous for
 * a real post and small enough that a runaway client is caught.
 */

const MAX_URL_LENGTH = 2_048;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The API serves images and videos from the given URL (§5.8), so only https ones make sense; this also keeps javascript: and data: out. */
const httpsUrl = z.string().max(MAX_URL_LENGTH).refine(isHttpsUrl, 'must be an https:// URL');

const authorSchema = z.strictObject({
  user_id: z.number().int().positive().optional(),
  display_name: z.string().max(100).optional(),
  avatar_url: httpsUrl.optional(),
});

const sourceSchema = z.strictObject({
  post_id: z.string().max(255).optional(),
  posted_at: z.iso.datetime({ offset: true }).optional(),
});

/** What create and update both take. `null` clears the three text fields (update); absent leaves a field as it is. */
const editableFields = {
  title: z.string().max(250).nullable().optional(),
  summary: z.string().max(1_000).nullable().optional(),
  body: z.string().max(1_000_000).nullable().optional(),
  url: httpsUrl.optional(),
  author: authorSchema.optional(),
  featured: z.boolean().optional(),
  featured_label: z.string().max(50).optional(),
  visibility: z.enum(['private', 'public']).optional(),
  source: sourceSchema.optional(),
};

export const createContentSchema = z.strictObject({
  content_type: z.enum(createContentTypes),
  ...editableFields,
  channels: z
    .array(z.strictObject({ id: z.number().int(), hidden: z.boolean().optional() }))
    .max(50)
    .optional(),
});

export const updateContentSchema = z.strictObject(editableFields);

export type CreateContentInput = z.infer<typeof createContentSchema>;
export type EditableContentInput = z.infer<typeof updateContentSchema>;
export type AuthorInput = z.infer<typeof authorSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;

/** Update refuses these with a message saying what to do instead (REFERENCE.md §5.5, §8.4). */
export const fixedAfterCreate: Readonly<Record<string, string>> = {
  content_type: 'content_type cannot be changed; it is fixed when the post is created.',
  state: 'state cannot be set by an update; use the transition endpoints (publish, review, draft, archive).',
  channels: 'Topics (channels) cannot be changed; they are fixed when the post is created.',
};

/** Transitions take no body; `{}` is tolerated because some clients always send one. */
export const transitionBodySchema = z.strictObject({});

export const addImageSchema = z.strictObject({ url: httpsUrl, alt_text: z.string().max(500).optional() });

export const addVideoSchema = z.strictObject({ url: httpsUrl });
