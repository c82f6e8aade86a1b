import { z } from 'zod';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { describeError } from '../studio/describe-error.js';
import { TOPIC_DESCRIPTION_MAX, TOPIC_NAME_MAX, type TopicField } from './topic-input.js';

export interface TopicFailure {
  /** The field the refusal names, so it is shown next to that field; null: about the whole topic. */
  readonly field: TopicField | null;
  readonly message: string;
}

/** The core's generic 403 sentence names the publisher role, which is not the one topics need. */
export const TOPIC_ROLE_NEEDED =
  'Managing topics needs the program manager role in this program. Ask a program manager to make this change, or sign in as one under Settings → Programs.';

const TOPIC_OFFLINE = 'Firstup cannot be reached, so the topic was not saved. What you typed is still here: try again once you are back online.';

const fieldDetails = z.object({ field: z.string() });
const issueDetails = z.object({ issues: z.array(z.object({ path: z.string() })) });

/** Firstup's field names are UNKNOWN in shape (`name`, `data.name`, `/data/attributes/name`): the last segment decides. */
function topicField(path: string): TopicField | null {
  const last = path.split(/[./]/).pop();
  return last === 'name' || last === 'description' ? last : null;
}

/** A refused create or edit, in words, placed next to the field it is about when it names one. */
export function describeTopicError(error: unknown): TopicFailure {
  if (!(error instanceof StudioError)) return { field: null, message: describeError(error) };
  switch (error.code) {
    case 'forbidden':
      return { field: null, message: TOPIC_ROLE_NEEDED };
    case 'offline':
      return { field: null, message: TOPIC_OFFLINE };
    case 'validation': {
      const details = fieldDetails.safeParse(error.details);
      return { field: details.success ? topicField(details.data.field) : null, message: `Firstup refused: ${error.message}` };
    }
    case 'invalid_request': {
      const details = issueDetails.safeParse(error.details);
      const path = details.success ? details.data.issues[0]?.path : undefined;
      const field = path === undefined ? null : topicField(path);
      // The core's own wording here is for developers; the limits are what a person can act on.
      if (field === 'name') return { field, message: `Use 1 to ${TOPIC_NAME_MAX} characters for the name.` };
      if (field === 'description') return { field, message: `Use 1 to ${TOPIC_DESCRIPTION_MAX} characters for the description.` };
      return { field: null, message: describeError(error) };
    }
    default:
      return { field: null, message: describeError(error) };
  }
}
