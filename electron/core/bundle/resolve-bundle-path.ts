import path from 'node:path';

/**
 * Maps the path of a renderer URL (`app://studio/assets/x.js`, or
 * `http://127.0.0.1:5183/assets/x.js` in browser mode) to a file inside the
 * built renderer, or null when the request tries to leave the bundle.
 *
 * It is deliberately stricter than a general file server: the bundle holds
 * only names Vite wrote, so anything unusual (dot segments, encoded or
 * double-encoded dots, backslashes, drive letters, NUL, empty segments) is
 * refused instead of normalised.
 */
export function resolveBundlePath(bundleDir: string, rawPathname: string): string | null {
  if (!rawPathname.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (/[\\\0%:]/.test(decoded)) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;

  const root = path.resolve(bundleDir);
  const resolved = path.resolve(root, ...segments);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}
