import { useEffect, useState } from 'react';

/** The current time, renewed every `intervalMs`, so "3 minutes ago" keeps telling the truth while the screen stays open. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
