import type { ContentDetail, ContentSummary } from '../../shared/firstup/firstup-views.js';
import { safeExternalUrl } from './external-url.js';

/** The post on Firstup, its public link and a link post's target: each opens in the browser, and only if it is https. */
export function PostLinks({ post, detail }: { post: ContentSummary; detail: ContentDetail | null }) {
  const permalink = safeExternalUrl(post.permalinkUrl);
  const publicLink = safeExternalUrl(detail?.publicLinkUrl ?? null);
  const target = safeExternalUrl(detail?.url ?? null);
  if (permalink === null && publicLink === null && target === null) return null;
  return (
    <ul className="library-links">
      {permalink !== null && (
        <li>
          <a className="program-link" href={permalink} target="_blank" rel="noopener noreferrer">
            Open in Firstup (new tab)
          </a>
        </li>
      )}
      {publicLink !== null && (
        <li>
          <a className="program-link" href={publicLink} target="_blank" rel="noopener noreferrer">
            Public link (new tab)
          </a>
        </li>
      )}
      {target !== null && (
        <li>
          Links to{' '}
          <a className="program-link library-url" href={target} target="_blank" rel="noopener noreferrer">
            {target}
          </a>
        </li>
      )}
    </ul>
  );
}
