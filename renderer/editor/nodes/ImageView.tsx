import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { useEditorServices } from '../editor-services.js';
import { isLocalImageRef } from '../url-rules.js';
import { useImagePreview } from './use-image-preview.js';

function describeSource(src: string): string {
  try {
    const url = new URL(src);
    return `${url.host}${url.pathname}`;
  } catch {
    return 'this computer';
  }
}

/**
 * An image in the editor, with what it still needs in plain words: a badge
 * when it has no alt text and when it is only on this computer. The buttons
 * here are for the mouse (tabIndex -1 keeps a long article's tab order
 * short); with the image selected, the toolbar offers the same actions.
 */
export function ImageView({ node, getPos, selected }: ReactNodeViewProps<HTMLDivElement>) {
  const services = useEditorServices();
  const src = String(node.attrs.src ?? '');
  const alt = typeof node.attrs.alt === 'string' ? node.attrs.alt : null;
  const preview = useImagePreview(src);
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);
  const local = isLocalImageRef(src);
  const width = typeof node.attrs.width === 'number' ? node.attrs.width : undefined;
  const height = typeof node.attrs.height === 'number' ? node.attrs.height : undefined;
  const missingAlt = alt === null || (alt !== '' && alt.trim() === '');
  const locate = () => getPos() ?? null;
  const shown = preview.kind === 'ready' && preview.url !== brokenUrl ? preview.url : null;

  return (
    <NodeViewWrapper className="article-image" data-selected={selected ? '' : undefined}>
      <div className="article-image-frame" data-drag-handle="">
        {shown !== null ? (
          <img src={shown} alt={alt ?? ''} width={width} height={height} draggable={false} onError={() => setBrokenUrl(shown)} />
        ) : (
          <p className="article-image-placeholder">
            {preview.kind === 'loading' ? 'Loading image…' : `Preview not available · ${local ? 'image on this computer' : describeSource(src)}`}
          </p>
        )}
      </div>
      <div className="article-image-notes">
        {missingAlt && <span className="article-badge" data-tone="warning">Alt text missing</span>}
        {alt === '' && <span className="article-badge">Decorative</span>}
        {local && <span className="article-badge" data-tone="warning">Needs a public URL</span>}
        {!services.readOnly && (
          <>
            <button type="button" className="article-image-action" tabIndex={-1} onClick={() => services.editAltText(locate)}>
              {missingAlt ? 'Add alt text' : 'Edit alt text'}
            </button>
            {local && (
              <button type="button" className="article-image-action" tabIndex={-1} onClick={() => services.givePublicUrl(locate)}>
                Give it a public URL
              </button>
            )}
            {!services.isInFigure(locate()) && (
              <button type="button" className="article-image-action" tabIndex={-1} onClick={() => services.addCaption(locate)}>
                Add a caption
              </button>
            )}
          </>
        )}
      </div>
    </NodeViewWrapper>
  );
}
