import { z } from 'zod';
import { validationError } from '../http/api-error.js';
import { topicStates } from '../model.js';

/**
 * The bodies of `POST` and `PUT /v2/channels` (REFERENCE.md §6.1). Both are
 * strict, so a misspelt key (`auto_folow`) is a 400 naming it rather than a
 * setting silently left out.
 */

/** The Studio UI's limit; whether the API enforces it is UNKNOWN, and the sandbox does, so a client learns the limit early. */
const TOPIC_NAME_MAX = 30;
const TOPIC_DESCRIPTION_MAX = 500;

const text = (field: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required.` : `${field} must be a string.`) })
    .trim()
    .min(1, { error: `${field} must not be blank.` })
    .max(max, { error: `${field} takes at most ${max} characters.` });

const flag = (field: string) => z.boolean({ error: `${field} must be true or false.` });

const userId = 'contributors holds user ids, which are whole numbers.';

const fields = {
  name: text('name', TOPIC_NAME_MAX),
  // Required, with no documented length; refusing a blank one and capping it at 500 are the sandbox's picks.
  description: text('description', TOPIC_DESCRIPTION_MAX),
  state: z.enum(topicStates, { error: `state must be one of: ${topicStates.join(', ')}.` }),
  auto_publish: flag('auto_publish'),
  auto_follow: flag('auto_follow'),
  recommended: flag('recommended'),
  targeted: flag('targeted'),
  user_submittable: flag('user_submittable'),
  promoted: flag('promoted'),
  groups: z
    .array(z.string({ error: 'groups holds audience ids, which are strings.' }), { error: 'groups must be an array of audience ids.' })
    .max(100, { error: 'groups takes at most 100 audiences.' }),
  contributors: z
    .array(z.number({ error: userId }).int({ error: userId }), { error: 'contributors must be an array of user ids.' })
    .max(500, { error: 'contributors takes at most 500 users.' }),
};

/** `PUT`: any subset of the fields. */
export const topicPatchSchema = z.strictObject(fields).partial();

/** `POST`: `name` and `description` are required; the rest get defaults when the topic is made. */
export const topicInputSchema = topicPatchSchema.extend({ name: fields.name, description: fields.description });

export type TopicPatch = z.infer<typeof topicPatchSchema>;
export type TopicInput = z.infer<typeof topicInputSchema>;

/** The body, or a 400 naming the first field at fault (the top-level key, which is what a form maps to an input). */
export function parseTopicBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    throw validationError(`Topics have no field ${issue.keys.map((key) => `"${key}"`).join(', ')}. Known fields: ${Object.keys(fields).join(', ')}.`, issue.keys[0]);
  }
  const field = issue.path[0];
  if (typeof field !== 'string') throw validationError('The request body must be a JSON object.');
  throw validationError(issue.message, field);
}
