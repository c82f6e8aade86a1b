import type { DraftContent } from '../drafts/draft-schema.js';
import { bodyImages, bodyVideos, isLocalImageSrc } from './body-media.js';
import { isOutgoing, type WorkflowAction } from './workflow.js';

/** Where a problem is, so the studio can show it next to the field. */
export const preflightFields = ['title', 'topics', 'linkUrl', 'images', 'body'] as const;
export type PreflightField = (typeof preflightFields)[number];

export interface PreflightProblem {
  readonly field: PreflightField;
  readonly message: string;
}

export interface PreflightSubject extends Pick<DraftContent, 'contentType' | 'title' | 'topics' | 'bodyHtml' | 'linkUrl' | 'images'> {
  /** Whether the post already exists on Firstup: its topics were fixed then. */
  readonly onFirstup: boolean;
}

function imageProblems(subject: PreflightSubject): PreflightProblem[] {
  const inBody = bodyImages(subject.bodyHtml);
  // An image post's images have no "decorative" choice: an empty alt text there is a missing one.
  const listed = subject.images.map((image) => ({ src: image.url ?? image.localFileRef ?? '', alt: image.altText.trim() === '' ? null : image.altText }));
  const all = [...inBody, ...listed];
  const problems: PreflightProblem[] = [];
  const local = all.filter((image) => isLocalImageSrc(image.src)).length;
  if (local > 0) {
    problems.push({
      field: 'images',
      message: `${local === 1 ? 'An image is' : `${local} images are`} only on this computer. Firstup shows images from public https addresses: give ${local === 1 ? 'it one' : 'each one'} before sending.`,
    });
  }
  // alt="" is the author's choice of "decorative image" (screen readers skip it); only no alt at all, or blanks, is missing.
  const missingAlt = all.filter((image) => image.alt === null || (image.alt !== '' && image.alt.trim() === '')).length;
  if (missingAlt > 0) {
    problems.push({
      field: 'images',
      message: `${missingAlt === 1 ? 'An image has' : `${missingAlt} images have`} no alt text. Describe ${missingAlt === 1 ? 'it' : 'each one'} for people who use a screen reader.`,
    });
  }
  return problems;
}

/**
 * What would stop a post on its way to review or publication, checked before
 * anything is sent: Firstup requires a title and at least one topic to
 * publish (REFERENCE.md §5.6), shows images only from public URLs (§5.8), and
 * we require alt text. Moving back to draft or archiving sends nothing new,
 * so it has no preflight.
 */
export function preflight(subject: PreflightSubject, action: WorkflowAction): PreflightProblem[] {
  if (!isOutgoing(action)) return [];
  const problems: PreflightProblem[] = [];
  if (subject.title.trim() === '') problems.push({ field: 'title', message: 'Give the post a title.' });
  if (subject.topics.length === 0 && !subject.onFirstup) {
    problems.push({ field: 'topics', message: 'Choose at least one topic. Topics are fixed when the post is first sent to Firstup.' });
  }
  if (subject.contentType === 'link' && (subject.linkUrl === null || !subject.linkUrl.startsWith('https://'))) {
    problems.push({ field: 'linkUrl', message: 'A link post needs the https address it points to.' });
  }
  const hasMedia = bodyImages(subject.bodyHtml).length > 0 || bodyVideos(subject.bodyHtml).length > 0;
  if (subject.contentType === 'article' && subject.bodyHtml.replace(/<[^>]*>/g, '').trim() === '' && !hasMedia) {
    problems.push({ field: 'body', message: 'The article is empty. Write something before sending it.' });
  }
  return [...problems, ...imageProblems(subject)];
}

/** The problems in one sentence run, for a list row or a command line where there is no field to point at. */
export function preflightSummary(problems: readonly PreflightProblem[]): string {
  return `Not queued: ${problems.map((problem) => problem.message).join(' ')}`.slice(0, 2_000);
}
