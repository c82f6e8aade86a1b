/**
 * The images and video placeholders in a stored article body. The body has
 * been through the store's sanitiser, which writes every attribute the same
 * way (double quotes, entities for `&"<>`), so reading it needs no DOM and
 * runs the same in main and in the renderer. Never use this on HTML that has
 * not been sanitised.
 */

export interface BodyImage {
  readonly src: string;
  /** null: no alt attribute at all, which is not the same as alt="" (decorative). */
  readonly alt: string | null;
}

export interface BodyVideo {
  /** null: added while the draft was local only; it is sent to Firstup at the next push. */
  readonly videoId: number | null;
  readonly url: string | null;
}

const IMG_TAG = /<img\b[^>]*>/gi;
const VIDEO_TAG = /<div\b[^>]*\bdata-video-(?:id|url)="[^"]*"[^>]*>/gi;

function decode(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (entity) =>
    ({ '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'", '&#x27;': "'" })[entity] ?? entity,
  );
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match === null ? null : decode(match[1] ?? '');
}

export function bodyImages(bodyHtml: string): BodyImage[] {
  return [...bodyHtml.matchAll(IMG_TAG)].map(([tag]) => ({ src: attribute(tag, 'src') ?? '', alt: attribute(tag, 'alt') }));
}

export function bodyVideos(bodyHtml: string): BodyVideo[] {
  return [...bodyHtml.matchAll(VIDEO_TAG)].map(([tag]) => {
    const id = attribute(tag, 'data-video-id');
    return { videoId: id === null ? null : Number(id), url: attribute(tag, 'data-video-url') };
  });
}

/** A local image: its bytes are on this computer only, and Firstup shows images from public https URLs. */
export function isLocalImageSrc(src: string): boolean {
  return src.toLowerCase().startsWith('studio-local:');
}
