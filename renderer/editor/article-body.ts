import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { DOMSerializer } from '@tiptap/pm/model';
import type { ArticleBody } from './article-editor-api.js';

/**
 * The document as stored HTML, built block by block. Nodes are immutable
 * and a keystroke replaces only the blocks around it, so each top-level
 * block's HTML is kept for as long as the block lives and a long article is
 * serialised again in a millisecond or two instead of tens.
 */
const blockHtml = new WeakMap<ProseMirrorNode, string>();
const documentHtml = new WeakMap<ProseMirrorNode, string>();

/** Serialised in a document of its own, never shown, so an image in the text is not fetched while it is written out. */
let scratch: Document | null = null;

function serialiseBlock(block: ProseMirrorNode): string {
  let html = blockHtml.get(block);
  if (html === undefined) {
    scratch ??= document.implementation.createHTMLDocument('');
    const holder = scratch.createElement('div');
    holder.appendChild(DOMSerializer.fromSchema(block.type.schema).serializeNode(block, { document: scratch }));
    html = holder.innerHTML;
    blockHtml.set(block, html);
  }
  return html;
}

export function articleHtml(doc: ProseMirrorNode): string {
  let html = documentHtml.get(doc);
  if (html === undefined) {
    const blocks: string[] = [];
    doc.forEach((block) => blocks.push(serialiseBlock(block)));
    html = blocks.join('');
    documentHtml.set(doc, html);
  }
  return html;
}

export function articleBody(doc: ProseMirrorNode): ArticleBody {
  return { html: () => articleHtml(doc) };
}
