import { Extension } from '@tiptap/core';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { safeLinkHref } from '../url-rules.js';

/** What the store writes on every link: the reader's page gets neither the referrer nor a handle on ours. */
export const LINK_REL = 'noopener noreferrer';

function canonical(mark: Mark): { href: string; rel: string; target: null; class: null; title: null } | null {
  const href = typeof mark.attrs.href === 'string' ? safeLinkHref(mark.attrs.href) : null;
  return href === null ? null : { href, rel: LINK_REL, target: null, class: null, title: null };
}

function sameAttributes(mark: Mark, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([name, value]) => mark.attrs[name] === value);
}

/** Ranges of the new document that the transactions wrote. */
function changedRanges(transactions: readonly Transaction[], doc: ProseMirrorNode): Array<[number, number]> {
  let ranges: Array<[number, number]> = [];
  for (const transaction of transactions) {
    for (const map of transaction.mapping.maps) {
      ranges = ranges.map(([from, to]) => [map.map(from, -1), map.map(to, 1)]);
      map.forEach((_oldStart, _oldEnd, from, to) => ranges.push([from, to]));
    }
  }
  const size = doc.content.size;
  return ranges.map(([from, to]) => [Math.min(from, size), Math.min(to, size)]);
}

/**
 * Links made by autolinking, by pasting a URL over text or by any command
 * get the form the store keeps (normalised https/mailto href, fixed rel);
 * a link whose address is not allowed becomes plain text. Only the ranges a
 * change touched are looked at, so typing in a long article stays cheap.
 */
export const LinkCanonical = Extension.create({
  name: 'linkCanonical',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('linkCanonical'),
        appendTransaction: (transactions, _oldState, state) => {
          if (!transactions.some((transaction) => transaction.docChanged)) return null;
          const linkType = state.schema.marks.link;
          if (linkType === undefined) return null;
          const tr = state.tr;
          for (const [from, to] of changedRanges(transactions, state.doc)) {
            state.doc.nodesBetween(from, to, (node, pos) => {
              const mark = node.isText ? linkType.isInSet(node.marks) : undefined;
              if (mark === undefined) return;
              const wanted = canonical(mark);
              if (wanted !== null && sameAttributes(mark, wanted)) return;
              tr.removeMark(pos, pos + node.nodeSize, linkType);
              if (wanted !== null) tr.addMark(pos, pos + node.nodeSize, linkType.create(wanted));
            });
          }
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
