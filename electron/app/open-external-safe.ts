import { shell } from 'electron';

/**
 * The one place that hands a URL to the operating system. Links in articles
 * are untrusted, and the OS opens whatever scheme it is given (file:, smb:,
 * ms-msdt:, vscode:…), so only web pages over https and plain e-mail
 * addresses pass.
 */

/** mailto parameters a mail client may honour; `attach` and friends would let a link attach local files. */
const MAILTO_PARAMETERS = ['to', 'cc', 'bcc', 'subject', 'body'];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isSafe(parsed: URL): boolean {
  if (parsed.protocol === 'https:') {
    // Credentials in a link are a phishing trick (https://bank.example@evil.example).
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  if (parsed.protocol === 'mailto:') {
    const keys = [...parsed.searchParams.keys()];
    return parsed.pathname !== '' && keys.every((key) => MAILTO_PARAMETERS.includes(key.toLowerCase()));
  }
  return false;
}

export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && isSafe(parsed);
}

/**
 * Opens a safe URL in the user's browser or mail client and says whether it
 * did. The normalised form is what gets opened (scheme lowercased, IDN as
 * punycode), so the OS receives exactly the URL that was checked.
 */
export async function openExternalSafe(url: string): Promise<boolean> {
  const parsed = parse(url);
  if (parsed === null || !isSafe(parsed)) return false;
  try {
    await shell.openExternal(parsed.href);
    return true;
  } catch {
    return false;
  }
}
