import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';

/**
 * Tables as the stored body has them: `<table><tbody><tr><th|td colspan rowspan>`.
 * TipTap's table also writes a colgroup, inline widths and alignment styles;
 * the store drops all of them, so the editor never makes them (no column
 * resizing, no alignment, no node view adding them on screen either) and
 * saving changes nothing. A `<thead>` is read as rows of header cells and
 * written back inside `<tbody>`.
 */
const unrendered = { default: null, rendered: false, parseHTML: () => null };

export const ArticleTable = Table.extend({
  renderHTML() {
    return ['table', ['tbody', 0]];
  },
}).configure({ resizable: false, allowTableNodeSelection: false, View: null });

export const ArticleTableRow = TableRow;

export const ArticleTableCell = TableCell.extend({
  addAttributes() {
    return { ...this.parent?.(), colwidth: unrendered, align: unrendered };
  },
});

export const ArticleTableHeader = TableHeader.extend({
  addAttributes() {
    return { ...this.parent?.(), colwidth: unrendered, align: unrendered };
  },
});
