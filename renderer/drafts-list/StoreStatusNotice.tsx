import { useEffect, useState } from 'react';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

/** Messages dismissed in this session: a damaged database is news once, not every time the list opens. */
const dismissed = new Set<string>();

/**
 * Says so when the drafts database was damaged at start and set aside (the core restored the last good
 * backup). The core never resets silently, so its message is shown whenever there is one, until dismissed.
 */
export function StoreStatusNotice() {
  const studio = useStudio();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    void unwrap(studio.drafts.storeStatus()).then(
      (report) => {
        if (active && report.message !== undefined && !dismissed.has(report.message)) setMessage(report.message);
      },
      // The list reads the same store and says so itself if it cannot.
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [studio]);

  if (message === null) return null;
  return (
    <div className="drafts-store-notice" role="alert">
      <span className="drafts-store-notice-mark" aria-hidden="true">
        !
      </span>
      <p className="drafts-store-notice-text">{message}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          dismissed.add(message);
          setMessage(null);
        }}
      >
        Got it
      </button>
    </div>
  );
}
