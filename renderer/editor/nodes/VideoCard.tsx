import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { VideoIcon } from '../toolbar/icons.js';

function address(url: string | null): { host: string; path: string } | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return { host: parsed.host, path: `${parsed.pathname}${parsed.search}` === '/' ? '' : `${parsed.pathname}${parsed.search}` };
  } catch {
    return null;
  }
}

/** A video as a card: where it comes from and whether Firstup has it yet. The player itself only exists on Firstup. */
export function VideoCard({ node, selected }: ReactNodeViewProps<HTMLDivElement>) {
  const videoId = typeof node.attrs.videoId === 'string' ? node.attrs.videoId : null;
  const where = address(typeof node.attrs.url === 'string' ? node.attrs.url : null);
  return (
    <NodeViewWrapper className="article-video" data-selected={selected ? '' : undefined}>
      <div className="article-video-card" data-drag-handle="">
        <span className="article-video-icon" aria-hidden="true">
          <VideoIcon />
        </span>
        <div className="article-video-text">
          <p className="article-video-address">
            {where === null ? (
              'Firstup video'
            ) : (
              <>
                <span className="article-video-host">{where.host}</span>
                <span className="article-video-path">{where.path}</span>
              </>
            )}
          </p>
          <p className="article-video-status">
            {videoId === null ? 'Will be attached when the post is first sent to Firstup' : `Attached on Firstup (video ${videoId})`}
          </p>
        </div>
      </div>
    </NodeViewWrapper>
  );
}
