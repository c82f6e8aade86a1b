import { useState } from 'react';
import { safeExternalUrl } from '../library/external-url.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

type LinkState = { readonly status: 'idle' | 'reading' } | { readonly status: 'found'; readonly url: string } | { readonly status: 'none'; readonly text: string };

/**
 * The link to a post the queue made. The queue keeps only the post's id, so the
 * link is asked of Firstup when wanted rather than for every finished post on
 * every redraw, which would spend the program's request budget on a list.
 */
export function PostLink({ programId, remoteId }: { readonly programId: string; readonly remoteId: number }) {
  const studio = useStudio();
  const [link, setLink] = useState<LinkState>({ status: 'idle' });

  async function find() {
    setLink({ status: 'reading' });
    try {
      const post = await unwrap(studio.content.get({ programId, contentId: remoteId }));
      const url = safeExternalUrl(post.permalinkUrl);
      setLink(url === null ? { status: 'none', text: `Firstup has no link for post ${remoteId} yet.` } : { status: 'found', url });
    } catch (error) {
      setLink({ status: 'none', text: `The link could not be read: ${describeError(error)}` });
    }
  }

  if (link.status === 'found') {
    return (
      <a className="program-link" href={link.url} target="_blank" rel="noopener noreferrer">
        Open post {remoteId} in Firstup (new tab)
      </a>
    );
  }
  return (
    <>
      <button type="button" className="button button-quiet" aria-disabled={link.status === 'reading'} onClick={() => link.status !== 'reading' && void find()}>
        {link.status === 'reading' ? 'Finding the link…' : 'Find the post on Firstup'}
      </button>
      {link.status === 'none' && <span className="queue-item-note">{link.text}</span>}
    </>
  );
}
