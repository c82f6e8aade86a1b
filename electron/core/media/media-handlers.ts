import type { Handlers } from '../ipc/router.js';
import { createLocalImageStore } from './local-image-store.js';

/**
 * Images picked, pasted or dropped from this computer. The router has
 * already checked the base64 and its length; the store checks what the bytes
 * really are.
 */
export function createMediaHandlers(mediaDir: string): Pick<Handlers, 'media.addLocalImage' | 'media.readLocalImage'> {
  const store = createLocalImageStore(mediaDir);
  return {
    'media.addLocalImage': ({ fileName, contentBase64 }) => store.add(fileName, Buffer.from(contentBase64, 'base64')),
    'media.readLocalImage': async ({ ref }) => {
      const { bytes, ...image } = await store.read(ref);
      return { ...image, contentBase64: bytes.toString('base64') };
    },
  };
}
