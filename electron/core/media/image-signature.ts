import type { LocalImageMimeType } from '../../../shared/media/local-image-schema.js';

export interface ImageKind {
  readonly mimeType: LocalImageMimeType;
  /** The file name extension the bytes are kept under. */
  readonly extension: string;
}

const png: ImageKind = { mimeType: 'image/png', extension: 'png' };
const jpeg: ImageKind = { mimeType: 'image/jpeg', extension: 'jpg' };
const gif: ImageKind = { mimeType: 'image/gif', extension: 'gif' };
const webp: ImageKind = { mimeType: 'image/webp', extension: 'webp' };

export const imageKinds: readonly ImageKind[] = [png, jpeg, gif, webp];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/**
 * The image type the bytes themselves declare (their leading "magic" bytes).
 * A name or a declared type says nothing: an SVG or an HTML page renamed
 * `photo.png` would otherwise be kept, and later shown, as an image.
 */
export function sniffImageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return gif;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return webp;
  return null;
}
