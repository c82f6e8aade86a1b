import { useEffect, useState } from 'react';
import { useEditorServices } from '../editor-services.js';
import { isLocalImageRef, safeImageSrc } from '../url-rules.js';

export type ImagePreview = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly url: string } | { readonly kind: 'unavailable' };

/**
 * What to show for an image's src: a public image as it is, a local one
 * through the screen's object URL (the document keeps the `studio-local:`
 * reference). Anything else is never handed to the browser.
 */
export function useImagePreview(src: string): ImagePreview {
  const { localImageUrl } = useEditorServices();
  const local = isLocalImageRef(src);
  const [loaded, setLoaded] = useState<{ src: string; preview: ImagePreview } | null>(null);

  useEffect(() => {
    if (!local) return;
    let active = true;
    localImageUrl(src).then(
      (url) => active && setLoaded({ src, preview: { kind: 'ready', url } }),
      () => active && setLoaded({ src, preview: { kind: 'unavailable' } }),
    );
    return () => {
      active = false;
    };
  }, [src, local, localImageUrl]);

  if (local) return loaded?.src === src ? loaded.preview : { kind: 'loading' };
  const safe = safeImageSrc(src);
  return safe === null ? { kind: 'unavailable' } : { kind: 'ready', url: safe };
}
