import { DomUtils, parseDocument } from 'htmlparser2';
import type { DraftContent } from '../../../shared/drafts/draft-schema.js';
import { safeHttpsUrl } from '../drafts/sanitizer-url-policy.js';
import { embedSource, playerSource, sanitizeVideoEmbed } from './embed-sanitizer.js';

/**
 * Videos between the stored body and Firstup's. The stored body holds a video
 * as a placeholder, `<div data-video-id="N" data-video-url="…"></div>`, and
 * its player (`embed_html`) lives in `draft.videos`; Firstup's body holds the
 * player itself (REFERENCE.md §8.5). These two functions swap one for the
 * other. Pieces are cut out by source position, so everything around a video
 * stays exactly as it was.
 */

type DraftVideo = DraftContent['videos'][number];
type Replacement = { start: number; end: number; html: string };

const INDICES = { withStartIndices: true, withEndIndices: true } as const;

/** Replaces each range with its html; a range inside one already replaced goes with it (elements nest, never overlap). */
function splice(html: string, replacements: Replacement[]): string {
  let result = '';
  let position = 0;
  for (const replacement of [...replacements].sort((a, b) => a.start - b.start)) {
    if (replacement.start < position) continue;
    result += html.slice(position, replacement.start) + replacement.html;
    position = replacement.end;
  }
  return result + html.slice(position);
}

const rangeOf = (element: { startIndex: number | null; endIndex: number | null }) => ({ start: element.startIndex ?? 0, end: (element.endIndex ?? -1) + 1 });

/** `draft.videos` was written by the renderer, so each player is sanitised again before it leaves; a refused one counts as unknown. */
function safeEmbed(video: DraftVideo): string | null {
  try {
    return sanitizeVideoEmbed(video.embedHtml);
  } catch {
    return null;
  }
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A placeholder written the way the store's sanitiser writes it. */
export function videoPlaceholder(videoId: number | null, url: string | null): string {
  const id = videoId === null ? '' : ` data-video-id="${videoId}"`;
  const safeUrl = url === null ? null : safeHttpsUrl(url);
  return `<div${id}${safeUrl === null ? '' : ` data-video-url="${escapeAttribute(safeUrl)}"`}></div>`;
}

/**
 * The body as sent to Firstup on create and update: each placeholder with a
 * known id becomes that video's player. Left out of the sent body (and only
 * of it: the stored body keeps them): a pending placeholder with no id, which
 * is not on Firstup yet (the workflow attaches it, fills in its id and sends
 * the body again), and an id with no usable player in `draft.videos`, since
 * Firstup can only show a player it made and we will not invent one. A
 * placeholder is an atom: anything inside it is not sent.
 */
export function bodyForFirstup(bodyHtml: string, videos: readonly DraftVideo[]): string {
  if (!bodyHtml.includes('data-video-')) return bodyHtml;
  const players = new Map<number, string | null>();
  for (const video of videos) if (!players.has(video.videoId)) players.set(video.videoId, safeEmbed(video));
  const placeholders = DomUtils.findAll(
    (element) => element.name === 'div' && (element.attribs['data-video-id'] !== undefined || element.attribs['data-video-url'] !== undefined),
    parseDocument(bodyHtml, INDICES).children,
  );
  return splice(
    bodyHtml,
    placeholders.map((element) => {
      const id = element.attribs['data-video-id'];
      const player = id === undefined || !/^\d+$/.test(id) ? null : players.get(Number(id));
      return { ...rangeOf(element), html: player ?? '' };
    }),
  );
}

/**
 * A body read from Firstup with each player of a kept video turned back into
 * its placeholder, so a refresh or pull of a post we pushed keeps its videos
 * (the store's sanitiser would otherwise drop the iframes). A player is
 * recognised by its src, the address of that one video, compared after
 * normalisation, so a server that rewrites attribute order or quoting still
 * matches. Players of videos we do not know are left for the sanitiser.
 */
export function bodyFromFirstup(remoteBody: string, videos: readonly DraftVideo[]): string {
  const bySource = new Map<string, DraftVideo>();
  for (const video of videos) {
    const embed = safeEmbed(video);
    const source = embed === null ? null : embedSource(embed);
    if (source !== null && !bySource.has(source)) bySource.set(source, video);
  }
  if (bySource.size === 0 || !/<iframe/i.test(remoteBody)) return remoteBody;
  const frames = DomUtils.findAll((element) => element.name === 'iframe', parseDocument(remoteBody, INDICES).children);
  return splice(
    remoteBody,
    frames.flatMap((frame) => {
      const source = frame.attribs.src === undefined ? null : playerSource(frame.attribs.src);
      const video = source === null ? undefined : bySource.get(source);
      return video === undefined ? [] : [{ ...rangeOf(frame), html: videoPlaceholder(video.videoId, video.url) }];
    }),
  );
}

/**
 * The body with its first pending placeholder for `url` given the id Firstup
 * chose for that video. Unchanged when there is none (the person removed it
 * meanwhile): the video stays in `draft.videos`, just not placed.
 */
export function fillPendingVideo(bodyHtml: string, url: string, videoId: number): string {
  const pending = DomUtils.findOne(
    (element) => element.name === 'div' && element.attribs['data-video-id'] === undefined && element.attribs['data-video-url'] === url,
    parseDocument(bodyHtml, INDICES).children,
  );
  return pending === null ? bodyHtml : splice(bodyHtml, [{ ...rangeOf(pending), html: videoPlaceholder(videoId, url) }]);
}
