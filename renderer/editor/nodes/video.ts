import { mergeAttributes, Node, type JSONContent } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { safeHttpsUrl } from '../url-rules.js';
import { VideoCard } from './VideoCard.js';

export interface VideoOptions {
  /** Extra attributes on the stored placeholder. Nothing else survives the store's sanitiser, so keep it empty there. */
  HTMLAttributes: Record<string, string>;
}

export interface SetVideoOptions {
  /** Firstup's id for the video, or null while the draft is local only (the first push attaches it). */
  readonly videoId: number | string | null;
  readonly url: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    video: {
      /** Insert a video placeholder at the selection. Refused (false) unless the URL is public https. */
      setVideo: (options: SetVideoOptions) => ReturnType;
    };
  }
}

const VIDEO_ID = /^\d{1,20}$/;

/** Kept as text: ids are up to 20 digits, beyond what a number holds exactly. */
function videoId(value: unknown): string | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return VIDEO_ID.test(text) ? text : null;
}

/** The node for a video, or null when the URL is not public https. */
export function videoContent({ videoId: id, url }: SetVideoOptions): JSONContent | null {
  const href = safeHttpsUrl(url);
  return href === null ? null : { type: 'video', attrs: { videoId: videoId(id), url: href } };
}

/**
 * A Firstup video, stored as `<div data-video-id="123" data-video-url="https://…"></div>`
 * (or without the id while the draft is local). The player markup is added
 * only when publishing; in the editor it is a preview card, never a frame.
 */
export const Video = Node.create<VideoOptions>({
  name: 'video',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      videoId: {
        default: null,
        parseHTML: (element) => videoId(element.getAttribute('data-video-id')),
        renderHTML: (attributes) => (attributes.videoId === null ? {} : { 'data-video-id': String(attributes.videoId) }),
      },
      url: {
        default: null,
        parseHTML: (element) => safeHttpsUrl(element.getAttribute('data-video-url') ?? ''),
        renderHTML: (attributes) => (attributes.url === null ? {} : { 'data-video-url': String(attributes.url) }),
      },
    };
  },

  parseHTML() {
    const isVideo = (element: HTMLElement) =>
      videoId(element.getAttribute('data-video-id')) !== null || safeHttpsUrl(element.getAttribute('data-video-url') ?? '') !== null;
    return [{ tag: 'div', getAttrs: (element) => (isVideo(element) ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes)];
  },

  addNodeView() {
    return ReactNodeViewRenderer(VideoCard, { className: 'article-video-node' });
  },

  addCommands() {
    return {
      setVideo:
        (options) =>
        ({ commands }) => {
          const content = videoContent(options);
          return content !== null && commands.insertContent(content);
        },
    };
  },
});
