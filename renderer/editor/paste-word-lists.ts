/**
 * Word (desktop, Windows and Mac) copies a list as paragraphs styled
 * `mso-list:l0 level2 lfo1`, each starting with its marker ("1.", "a)", "·",
 * "o") in a span styled `mso-list:Ignore` between conditional comments. This
 * turns each run of such paragraphs back into nested `<ul>`/`<ol>` lists,
 * before the clean-up drops the styles that carry the levels.
 */

const LIST_STYLE = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i;
const ORDERED_MARKER = /^\(?(?:\d+|[a-z]|[ivxlcdm]+)[.)]$/i;

interface WordListItem {
  readonly paragraph: HTMLElement;
  readonly level: number;
  readonly ordered: boolean;
}

function marker(paragraph: HTMLElement): Element | null {
  return [...paragraph.querySelectorAll('span')].find((span) => /mso-list\s*:\s*ignore/i.test(span.getAttribute('style') ?? '')) ?? null;
}

function listItem(node: Node): WordListItem | null {
  if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).localName !== 'p') return null;
  const element = node as HTMLElement;
  const match = LIST_STYLE.exec(element.getAttribute('style') ?? '');
  if (match === null) return null;
  const found = marker(element);
  const text = (found?.textContent ?? '').replace(/\s+/g, '');
  // The marker sits in nested spans; removing from the outermost span that holds only it.
  let removable: Element | null = found;
  while (removable?.parentElement && removable.parentElement !== element && removable.parentElement.textContent === removable.textContent) {
    removable = removable.parentElement;
  }
  removable?.remove();
  return { paragraph: element, level: Math.max(1, Number(match[2])), ordered: ORDERED_MARKER.test(text) };
}

/** Consecutive list paragraphs, skipping the whitespace and comments Word puts between them. */
function runs(parent: Element): WordListItem[][] {
  const found: WordListItem[][] = [];
  let current: WordListItem[] = [];
  for (const child of [...parent.childNodes]) {
    const ignorable = child.nodeType === Node.COMMENT_NODE || (child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() === '');
    if (ignorable) continue;
    const item = listItem(child);
    if (item !== null) {
      current.push(item);
      continue;
    }
    if (current.length > 0) found.push(current);
    current = [];
  }
  if (current.length > 0) found.push(current);
  return found;
}

function buildList(items: readonly WordListItem[], document: Document): HTMLElement {
  const root = document.createElement(items[0]!.ordered ? 'ol' : 'ul');
  const stack: Array<{ list: HTMLElement; level: number }> = [{ list: root, level: items[0]!.level }];
  for (const item of items) {
    let top = stack[stack.length - 1]!;
    while (item.level < top.level && stack.length > 1) {
      stack.pop();
      top = stack[stack.length - 1]!;
    }
    if (item.level > top.level) {
      const nested = document.createElement(item.ordered ? 'ol' : 'ul');
      (top.list.lastElementChild ?? top.list.appendChild(document.createElement('li'))).appendChild(nested);
      stack.push({ list: nested, level: item.level });
      top = stack[stack.length - 1]!;
    }
    const li = document.createElement('li');
    const paragraph = document.createElement('p');
    paragraph.append(...item.paragraph.childNodes);
    li.appendChild(paragraph);
    top.list.appendChild(li);
  }
  return root;
}

export function convertWordLists(root: Element): void {
  const paragraphs = [...root.querySelectorAll('p[style]')].filter((paragraph) => LIST_STYLE.test(paragraph.getAttribute('style') ?? ''));
  const parents = new Set(paragraphs.map((paragraph) => paragraph.parentElement).filter((parent) => parent !== null));
  for (const parent of parents) {
    for (const run of runs(parent)) {
      const first = run[0]!.paragraph;
      first.before(buildList(run, parent.ownerDocument));
      for (const item of run) item.paragraph.remove();
    }
  }
}
