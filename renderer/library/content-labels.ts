import type { ContentState, contentTypes } from '../../shared/firstup/firstup-views.js';

export type ContentType = (typeof contentTypes)[number];

/** A post's state as a communicator says it. */
export const stateLabels: Readonly<Record<ContentState, string>> = {
  published: 'Published',
  draft: 'Draft',
  review: 'In review',
  scheduled: 'Scheduled',
  archived: 'Archived',
  processing: 'Processing',
  processing_error: 'Processing failed',
};

export const typeLabels: Readonly<Record<ContentType, string>> = {
  article: 'Article',
  link: 'Link',
  video: 'Video',
  image: 'Image',
  note: 'Note',
};

/** The order the state filter offers them in: the states people look for first. */
export const stateChoices: readonly ContentState[] = ['published', 'draft', 'review', 'scheduled', 'archived', 'processing', 'processing_error'];
export const typeChoices: readonly ContentType[] = ['article', 'link', 'image', 'video', 'note'];

/** A post's title, or words that say it has none (drafts and notes may be untitled). */
export function postTitle(post: { readonly title: string | null }): string {
  return post.title === null || post.title.trim() === '' ? 'Untitled post' : post.title;
}
