import { LOCAL_IMAGE_MAX_BYTES, localImageMimeTypes } from '../../shared/media/local-image-schema.js';

export const IMAGE_FILE_TYPES: readonly string[] = localImageMimeTypes;
export const IMAGE_FILE_ACCEPT = IMAGE_FILE_TYPES.join(',');

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file cannot become an image in the article, or null when it can. */
export function imageFileProblem(file: File): string | null {
  const name = file.name === '' ? 'The file' : `“${file.name}”`;
  if (!IMAGE_FILE_TYPES.includes(file.type)) {
    return `${name} is not an image the studio can add. Use a PNG, JPEG, GIF or WebP file.`;
  }
  if (file.size > LOCAL_IMAGE_MAX_BYTES) {
    return `${name} is ${megabytes(file.size)}; images can be up to ${megabytes(LOCAL_IMAGE_MAX_BYTES)}. Make it smaller and add it again.`;
  }
  if (file.size === 0) return `${name} is empty. Choose the image file again.`;
  return null;
}
