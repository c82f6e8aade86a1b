/**
 * A file name made from a draft's title, safe to offer in a save dialog on
 * Windows, macOS and Linux: a title is free text, and "../../x", "CON" or a
 * right-to-left override ("report\u202Efdp.exe") must not become a path, a
 * device or a disguised extension.
 */

const MAX_FILE_NAME_LENGTH = 100;
/** Most file systems allow 255 bytes, and 100 characters of Chinese or emoji would pass that. */
const MAX_FILE_NAME_BYTES = 255;

/** Path separators and the characters Windows refuses in names. */
const RESERVED_CHARACTERS = /[/\\:*?"<>|]/g;

/** Controls, and the bidi and zero-width format characters that can disguise a name. */
const INVISIBLE_CHARACTERS = /[\p{Cc}\p{Cf}]/gu;

/** Device names Windows reserves whatever the extension ("con.md" too). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function tidy(name: string): string {
  // Leading dots hide a file (or climb up, for ".."); trailing dots and spaces are dropped by Windows.
  return name.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
}

export function safeFileName(title: string, extension: string): string {
  const oneLine = title.normalize('NFC').replace(/\s+/g, ' ');
  const cleaned = tidy(oneLine.replace(INVISIBLE_CHARACTERS, '').replace(RESERVED_CHARACTERS, ' '));
  const base = WINDOWS_DEVICE.test(cleaned) ? `_${cleaned}` : cleaned;
  const short = tidy(truncate(base, MAX_FILE_NAME_LENGTH - extension.length - 1, MAX_FILE_NAME_BYTES - Buffer.byteLength(extension) - 1));
  return `${short === '' ? 'Untitled' : short}.${extension}`;
}

/** Whole code points only, so a shortened name never ends in half an emoji. */
function truncate(text: string, maxLength: number, maxBytes: number): string {
  let kept = '';
  let bytes = 0;
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (kept.length + char.length > maxLength || bytes > maxBytes) break;
    kept += char;
  }
  return kept;
}
