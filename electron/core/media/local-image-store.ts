import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { LOCAL_IMAGE_MAX_BYTES, type LocalImage } from '../../../shared/media/local-image-schema.js';
import { writeFileDurably } from './durable-file.js';
import { imageKinds, sniffImageKind } from './image-signature.js';

export interface LocalImageContent extends LocalImage {
  readonly bytes: Buffer;
}

/** Images from this computer, kept in one folder of the data folder as `<uuid>.<ext>` until they have a public URL. */
export interface LocalImageStore {
  add(fileName: string, bytes: Uint8Array): Promise<LocalImage>;
  read(ref: string): Promise<LocalImageContent>;
}

const REF_PREFIX = 'studio-local:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ACCEPTED = 'PNG, JPEG, GIF or WebP';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function gone(ref: string): StudioError {
  return new StudioError('not_found', 'This image is no longer in Content Studio’s data folder. Add it again from your computer.', { ref });
}

/** Only a well-formed uuid ever becomes part of a path, so no reference can name a file outside the folder. */
function idOf(ref: string): string {
  const id = ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : '';
  if (!UUID.test(id)) throw new StudioError('invalid_request', 'That is not a reference to an image from this computer.');
  return id;
}

function storageFailure(fileName: string, error: unknown): StudioError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'the data folder cannot be written to' : 'the file could not be written';
  return new StudioError('internal', `“${fileName}” could not be kept in Content Studio’s data folder: ${reason}. Free some space or check the folder’s permissions, then add the image again.`, {
    code,
  });
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function createLocalImageStore(folder: string): LocalImageStore {
  return {
    async add(fileName, bytes) {
      if (bytes.byteLength > LOCAL_IMAGE_MAX_BYTES) {
        throw new StudioError(
          'invalid_request',
          `“${fileName}” is ${megabytes(bytes.byteLength)}; an image from this computer can be at most ${megabytes(LOCAL_IMAGE_MAX_BYTES)}. Make it smaller, then add it again.`,
          { fileName, byteLength: bytes.byteLength },
        );
      }
      const kind = sniffImageKind(bytes);
      if (kind === null) {
        throw new StudioError('invalid_request', `“${fileName}” is not a ${ACCEPTED} image, whatever its name says, so it was not added. Choose an image in one of those formats.`, {
          fileName,
        });
      }
      const id = randomUUID();
      try {
        await writeFileDurably(path.join(folder, `${id}.${kind.extension}`), bytes);
      } catch (error) {
        throw storageFailure(fileName, error);
      }
      return { ref: `${REF_PREFIX}${id}`, mimeType: kind.mimeType, byteLength: bytes.byteLength };
    },

    async read(ref) {
      const id = idOf(ref);
      for (const candidate of imageKinds) {
        const bytes = await readIfPresent(path.join(folder, `${id}.${candidate.extension}`));
        if (bytes === null) continue;
        // Sniffed again: the file may have been replaced or damaged since it was added.
        const kind = sniffImageKind(bytes);
        if (kind === null || bytes.byteLength > LOCAL_IMAGE_MAX_BYTES) {
          throw new StudioError('not_found', `This image’s file in Content Studio’s data folder is no longer a ${ACCEPTED} image. Add the image again from your computer.`, {
            ref,
            reason: 'damaged',
          });
        }
        return { ref, mimeType: kind.mimeType, byteLength: bytes.byteLength, bytes };
      }
      throw gone(ref);
    },
  };
}
