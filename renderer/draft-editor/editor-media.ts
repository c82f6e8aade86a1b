import type { StudioApi } from '../../shared/ipc/studio-api.js';
import type { EditorMedia } from '../editor/ArticleEditor.js';
import { unwrap } from '../studio/unwrap.js';

/** A File as base64 for IPC; FileReader keeps large images off the main thread's string building. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = reader.result;
      if (typeof url === 'string') resolve(url.slice(url.indexOf(',') + 1));
      else reject(new Error(`${file.name} could not be read.`));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * The editor's images and videos through the studio's channels. Each call to
 * `localImageUrl` makes a new object URL (the CSP allows blob:): the editor
 * caches them for its lifetime and revokes them when it closes. A video added
 * while the draft is not on Firstup keeps only its URL, and the first push
 * attaches it; otherwise Firstup attaches it now and `onVideoAttached` records
 * the player for the draft.
 */
export function createEditorMedia(
  studio: StudioApi,
  draft: () => { id: string; onFirstup: boolean },
  onVideoAttached: (video: { videoId: number; embedHtml: string; url: string }) => void,
): EditorMedia {
  return {
    async addLocalImage(file) {
      const image = await unwrap(studio.media.addLocalImage({ fileName: file.name.slice(0, 255) || 'image', contentBase64: await readBase64(file) }));
      return { ref: image.ref };
    },
    async localImageUrl(ref) {
      const image = await unwrap(studio.media.readLocalImage({ ref }));
      return URL.createObjectURL(new Blob([bytesOf(image.contentBase64)], { type: image.mimeType }));
    },
    async addVideo(url) {
      const current = draft();
      if (!current.onFirstup) return { videoId: null, url };
      const video = await unwrap(studio.videos.add({ draftId: current.id, url }));
      onVideoAttached(video);
      return { videoId: video.videoId, url: video.url };
    },
  };
}
