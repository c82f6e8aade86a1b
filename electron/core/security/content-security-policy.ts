/**
 * The renderer's Content-Security-Policy, the same in the Electron app
 * (app:// responses) and in browser mode (HTTP responses). Scripts and styles
 * come only from the bundle; the renderer talks to nothing but its own origin
 * (the browser-mode bridge; Electron's IPC is not a network request).
 * `frame-ancestors` stops another page from framing browser mode.
 *
 * Images may come from any https address: an article shows its images from
 * the public URLs Firstup will use (the API hosts no files), and the author
 * must see them while writing. Only images: no script, frame or connection
 * reaches the network, and local images arrive as blob: URLs over IPC.
 */
const directives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob: https:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self'",
  'frame-src': "'none'",
  'worker-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(directives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Headers sent with every renderer document and asset, on both transports. */
export const RENDERER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
