/**
 * Addresses from Firstup are untrusted text: only https:// ones become links,
 * so a `javascript:` or `data:` address can never run in the studio. Opened
 * with target=_blank, which both transports send to the system browser.
 */
export function safeExternalUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
