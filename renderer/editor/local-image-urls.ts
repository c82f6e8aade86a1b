/**
 * One displayable URL per local image for the editor's lifetime, so a node
 * view that re-renders (or an image cut and pasted) does not fetch the bytes
 * again. A failed fetch is forgotten, so the next render tries again.
 */
export interface LocalImageUrls {
  get(ref: string): Promise<string>;
  /** Revokes every object URL handed out, including those still on their way. */
  dispose(): void;
}

function revoke(url: string): void {
  if (url.startsWith('blob:')) URL.revokeObjectURL(url);
}

export function createLocalImageUrls(load: (ref: string) => Promise<string>): LocalImageUrls {
  const urls = new Map<string, Promise<string>>();
  return {
    get(ref) {
      let url = urls.get(ref);
      if (url === undefined) {
        url = load(ref);
        urls.set(ref, url);
        url.catch(() => urls.delete(ref));
      }
      return url;
    },
    dispose() {
      for (const url of urls.values()) void url.then(revoke, () => undefined);
      urls.clear();
    },
  };
}
