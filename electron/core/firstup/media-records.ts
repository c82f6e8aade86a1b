import { z } from 'zod';
import { integerId, optionalCount, optionalId, requireEither } from './schema-fields.js';

export interface VideoRecord {
  id: number;
  /** Firstup's player markup, to place in the article body (REFERENCE.md §5.9). Untrusted: sanitise before rendering. */
  embedHtml: string;
  contentId: number | null;
  width: number | null;
  height: number | null;
}

export interface VideoDownload {
  videoId: number;
  /** Temporary: valid for the lifespan asked for. */
  downloadUrl: string;
  /** Of the video's preview image, per the reference. */
  width: number | null;
  height: number | null;
}

// The add-video answer is "the video record's attributes" with its id's name UNKNOWN:
// `video_id` (as the download endpoint names it) is preferred, `id` accepted.
export const videoRecordSchema = z
  .looseObject({ video_id: optionalId, id: optionalId, embed_html: z.string().min(1), content_id: optionalId, width: optionalCount, height: optionalCount })
  .refine(...requireEither('video_id', 'id'))
  .transform(
    (video): VideoRecord => ({
      id: (video.video_id ?? video.id) as number,
      embedHtml: video.embed_html,
      contentId: video.content_id,
      width: video.width,
      height: video.height,
    }),
  );

export const videoDownloadSchema = z
  .looseObject({ video_id: integerId, download_url: z.string().min(1), width: optionalCount, height: optionalCount })
  .transform((download): VideoDownload => ({ videoId: download.video_id, downloadUrl: download.download_url, width: download.width, height: download.height }));
