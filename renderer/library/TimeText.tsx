import { formatTime } from './format-time.js';

/** A timestamp as a <time> element, or `fallback` when there is none to show. */
export function TimeText({ value, fallback = 'Not known' }: { value: string | null; fallback?: string }) {
  const text = formatTime(value);
  return text === null || value === null ? <>{fallback}</> : <time dateTime={value}>{text}</time>;
}
