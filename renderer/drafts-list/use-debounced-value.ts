import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `delayMs`; an empty string passes at once, so clearing a search is immediate. */
export function useDebouncedValue(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return value === '' ? '' : settled;
}
