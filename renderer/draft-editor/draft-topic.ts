import type { z } from 'zod';
import type { draftTopicSchema } from '../../shared/drafts/draft-schema.js';

export type DraftTopic = z.output<typeof draftTopicSchema>;
