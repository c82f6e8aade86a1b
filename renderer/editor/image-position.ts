import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The position of the image with this src (local refs are unique), looking into containers but not into paragraphs. */
export function findImageBySrc(doc: ProseMirrorNode, src: string): number | null {
  let found: number | null = null;
  doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === 'image' && node.attrs.src === src) found = pos;
    return node.isBlock && !node.isTextblock;
  });
  return found;
}

/** The image at a position, if that is still what is there. */
export function imageAt(doc: ProseMirrorNode, pos: number | null): ProseMirrorNode | null {
  if (pos === null || pos < 0 || pos > doc.content.size) return null;
  const node = doc.nodeAt(pos);
  return node?.type.name === 'image' ? node : null;
}
