import { z } from 'zod';

/**
 * Images picked, pasted or dropped from this computer. Firstup hosts no files
 * (REFERENCE.md §5.8), so the bytes stay in the app's data folder and the
 * draft refers to them as `studio-local:<uuid>` until the author gives the
 * image a public https URL.
 */
export const LOCAL_IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const localImageMimeTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type LocalImageMimeType = (typeof localImageMimeTypes)[number];

export const localImageRefSchema = z.string().regex(/^studio-local:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** base64 of at most LOCAL_IMAGE_MAX_BYTES bytes (4 characters per 3 bytes). */
const imageBytesBase64 = z.base64().max(Math.ceil(LOCAL_IMAGE_MAX_BYTES / 3) * 4);

export const addLocalImageInputSchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  contentBase64: imageBytesBase64,
});

export const localImageSchema = z.strictObject({
  ref: localImageRefSchema,
  /** Read from the bytes themselves, never from the file name. */
  mimeType: z.enum(localImageMimeTypes),
  byteLength: z.number().int().min(1).max(LOCAL_IMAGE_MAX_BYTES),
});
export type LocalImage = z.output<typeof localImageSchema>;

export const localImageContentSchema = localImageSchema.extend({ contentBase64: imageBytesBase64 });
