const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A Firstup timestamp in the reader's own format, or null when there is none
 * or it cannot be read (the API's timestamp format is not documented, so a
 * value Date cannot parse is left out rather than shown as "Invalid Date").
 */
export function formatTime(iso: string | null): string | null {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : dateTime.format(time);
}
