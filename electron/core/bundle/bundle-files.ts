import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { resolveBundlePath } from './resolve-bundle-path.js';

export interface BundleResponse {
  readonly status: 200 | 403 | 404;
  readonly contentType: string;
  readonly body: Buffer;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const refused = (status: 403 | 404): BundleResponse => ({
  status,
  contentType: 'text/plain; charset=utf-8',
  body: Buffer.from(status === 403 ? 'Forbidden' : 'Not found'),
});

/**
 * Reads one file of the built renderer for the app:// protocol and for
 * browser mode. A path that resolves (through a symlink, say) outside the
 * bundle is refused like a `..` would be.
 */
export async function readBundleFile(bundleDir: string, rawPathname: string): Promise<BundleResponse> {
  const candidate = resolveBundlePath(bundleDir, rawPathname);
  if (candidate === null) return refused(403);
  try {
    const [root, real] = await Promise.all([realpath(bundleDir), realpath(candidate)]);
    if (!real.startsWith(root + path.sep)) return refused(403);
    const body = await readFile(real);
    const contentType = contentTypes[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, contentType, body };
  } catch {
    return refused(404);
  }
}
