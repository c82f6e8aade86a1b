/** Firstup's Studio limits topic names to 30 characters; descriptions are capped at 500 by the contract. */
export const TOPIC_NAME_MAX = 30;
export const TOPIC_DESCRIPTION_MAX = 500;

export type TopicField = 'name' | 'description';

export interface TopicInput {
  readonly name: string;
  readonly description: string;
}

export type TopicProblems = Partial<Record<TopicField, string>>;

/**
 * What is wrong with a topic before it is sent, field by field. Lengths are
 * counted after trimming, as the core counts them. A new topic needs a
 * description; an existing one without any may keep having none.
 */
export function checkTopicInput({ name, description }: TopicInput, descriptionRequired = true): TopicProblems {
  const problems: { -readonly [F in TopicField]?: string } = {};
  const nameLength = name.trim().length;
  const descriptionLength = description.trim().length;
  if (nameLength === 0) problems.name = 'Enter a name for the topic.';
  else if (nameLength > TOPIC_NAME_MAX) problems.name = `Use at most ${TOPIC_NAME_MAX} characters for the name (this one has ${nameLength}).`;
  if (descriptionLength === 0 && descriptionRequired) problems.description = 'Enter a description: it tells people what the topic is for.';
  else if (descriptionLength > TOPIC_DESCRIPTION_MAX) {
    problems.description = `Use at most ${TOPIC_DESCRIPTION_MAX} characters for the description (this one has ${descriptionLength}).`;
  }
  return problems;
}
