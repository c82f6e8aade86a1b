/**
 * Text built from boxes (`<div>`, `<section>`…) as paragraphs: the store
 * unwraps every div that is not a video, so `<div>a</div><div>b</div>`
 * would otherwise be saved as "ab". Line breaks standing between blocks are
 * blank lines, kept as empty paragraphs.
 */

/** Elements that only group blocks: their content stays, loose text in them becomes paragraphs. */
export const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'center', 'details', 'dl', 'form', 'fieldset', 'hgroup', 'figure']);

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'hr', ...CONTAINERS]);

const isBreak = (node: Node) => node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'br';
const isBlankText = (node: Node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '';

/** A run of nothing but line breaks is that many blank lines, as empty paragraphs (a paragraph holding only a break would keep it). */
function runToBlocks(run: Node[], document: Document): Node[] {
  if (run.every(isBlankText)) return [];
  if (run.every((node) => isBreak(node) || isBlankText(node))) return run.filter(isBreak).map(() => document.createElement('p'));
  const paragraph = document.createElement('p');
  paragraph.append(...run);
  return [paragraph];
}

/** Loose inline content of a container, wrapped in paragraphs between its blocks. */
function paragraphsOf(container: Element): Node[] {
  const document = container.ownerDocument;
  const result: Node[] = [];
  let run: Node[] = [];
  for (const child of [...container.childNodes]) {
    if (child.nodeType === Node.ELEMENT_NODE && BLOCKS.has((child as Element).localName)) {
      result.push(...runToBlocks(run, document), child);
      run = [];
    } else {
      run.push(child);
    }
  }
  return [...result, ...runToBlocks(run, document)];
}

/** Line breaks between the pasted blocks themselves (Google Docs' blank lines) become empty paragraphs too. */
export function blankLinesBetweenBlocks(root: Element): void {
  let run: Node[] = [];
  const settle = () => {
    if (run.some(isBreak) && run.every((node) => isBreak(node) || isBlankText(node))) {
      const blocks = runToBlocks(run, root.ownerDocument);
      (run[0] as ChildNode).before(...blocks);
      for (const node of run) node.parentNode?.removeChild(node);
    }
    run = [];
  };
  for (const child of [...root.childNodes]) {
    if (child.nodeType === Node.ELEMENT_NODE && BLOCKS.has((child as Element).localName)) settle();
    else run.push(child);
  }
  settle();
}

export function dissolveContainer(container: Element): void {
  if (container.closest('pre') !== null) {
    // Code views build lines from divs: keep the line breaks, not the boxes.
    container.replaceWith(...container.childNodes, container.ownerDocument.createTextNode('\n'));
    return;
  }
  container.replaceWith(...paragraphsOf(container));
}

