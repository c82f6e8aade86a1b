/**
 * A hostile paste corpus: XSS and mutation-XSS vectors (namespace confusion
 * through svg, math, noscript and style; nested templates; entity-encoded
 * and whitespace-split schemes; srcset, formaction, xlink:href, meta
 * refresh, base href, CSS expressions; comment breakouts; DOM clobbering).
 * Each is pasted between two benign paragraphs, through the pure function
 * and through a real editor, and nothing executable may survive while the
 * benign text does.
 */
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sanitizePastedHtml } from '../../../renderer/editor/paste-sanitizer.js';
import { safeHttpsUrl, safeImageSrc, safeLinkHref } from '../../../renderer/editor/url-rules.js';
import { inEditor, mountEditor, pasteInto, stubLayout } from './editor-harness.js';

const SVG_SCRIPT = 'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=';
const HTML_SCRIPT = 'PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==';

const VECTORS: Record<string, string> = {
  'script element': '<script>alert(1)</script>',
  'script with src': '<script src="https://evil.example/x.js"></script>',
  'img onerror': '<img src=x onerror=alert(1)>',
  'svg onload': '<svg onload=alert(1)><circle r=5></circle></svg>',
  'script inside svg': '<svg><script>alert(1)</script></svg>',
  'svg animate onbegin': '<svg><animate onbegin=alert(1) attributeName=x dur=1s></animate></svg>',
  'svg foreignObject iframe': '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
  'svg xlink:href': '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">svg link</text></a></svg>',
  'svg use data': `<svg><use href="data:image/svg+xml;base64,${SVG_SCRIPT}#x"></use></svg>`,
  'math mglyph style (DOMPurify 2.0 mXSS)': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'math mi style': '<math><mi><style><img src=x onerror=alert(1)></style></mi></math>',
  'math href': '<math href="javascript:alert(1)">CLICKME</math>',
  'form math namespace confusion': '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  'svg p style breakout': '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  'noscript title breakout': '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  'xmp breakout': '<xmp><img src=x onerror=alert(1)></xmp>',
  'noembed breakout': '<noembed><img src=x onerror=alert(1)></noembed>',
  'textarea breakout': '<textarea><img src=x onerror=alert(1)></textarea>',
  'select option breakout': '<select><option><img src=x onerror=alert(1)></option></select>',
  'template script': '<template><script>alert(1)</script></template>',
  'nested templates': '<template><template><img src=x onerror=alert(1)></template></template>',
  'javascript: link': '<a href="javascript:alert(1)">js link</a>',
  'mixed-case scheme': '<a href="JaVaScRiPt:alert(1)">case link</a>',
  'tab inside scheme': '<a href="jav&#x09;ascript:alert(1)">tab link</a>',
  'newline inside scheme': '<a href="java\nscript:alert(1)">newline link</a>',
  'entity-encoded scheme': '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entity link</a>',
  'leading whitespace and control character': '<a href=" &#1;javascript:alert(1)">control link</a>',
  'data: link': `<a href="data:text/html;base64,${HTML_SCRIPT}">data link</a>`,
  'vbscript: link': '<a href="vbscript:msgbox(1)">vb link</a>',
  'javascript: image': '<img src="javascript:alert(1)">',
  'data: svg image': `<img src="data:image/svg+xml;base64,${SVG_SCRIPT}">`,
  srcset: '<img srcset="javascript:alert(1) 1x, https://evil.example/a.png 2x" src="https://ok.example/a.png" alt="set">',
  iframe: '<iframe src="https://evil.example/"></iframe>',
  'iframe srcdoc': '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  object: '<object data="javascript:alert(1)"></object>',
  'object with data: html': `<object data="data:text/html;base64,${HTML_SCRIPT}"></object>`,
  embed: '<embed src="javascript:alert(1)">',
  'form action and button formaction': '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">Go</button></form>',
  'input formaction': '<input type="image" src="x" formaction="javascript:alert(1)">',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'base href': '<base href="javascript:/">',
  'link stylesheet': '<link rel="stylesheet" href="javascript:alert(1)">',
  'style element import': "<style>@import 'javascript:alert(1)'; body { background: red }</style>",
  'inline style url': '<div style="background:url(javascript:alert(1))">styled div</div>',
  'CSS expression': '<p style="width: expression(alert(1))">expression text</p>',
  'comment breakout': '<!--><img src=x onerror=alert(1)>-->',
  'bang comment breakout': '<!-- --!><img src=x onerror=alert(1)> -->',
  'conditional comment': '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
  'CDATA in HTML': '<![CDATA[><img src=x onerror=alert(1)>]]>',
  'event handlers on text': '<p onclick="alert(1)" onmouseover="alert(1)">handler text</p>',
  'details ontoggle': '<details open ontoggle=alert(1)><summary>summary text</summary></details>',
  'body onload': '<body onload=alert(1)>',
  'video source onerror': '<video><source onerror="alert(1)"></video>',
  'audio onerror': '<audio src=x onerror=alert(1)></audio>',
  'marquee onstart': '<marquee onstart=alert(1)>marquee text</marquee>',
  'safe link with a handler': '<a href="https://ok.example/" onclick="alert(1)" target="_blank" rel="opener">safe link</a>',
  'safe image with a handler': '<img src="https://ok.example/a.png" onerror="alert(1)" alt="safe image" style="position:fixed;inset:0">',
  'video placeholder with a script URL': '<div data-video-id="1" data-video-url="javascript:alert(1)"></div>',
  'forged ProseMirror slice': '<p data-pm-slice=\'0 0 ["video",{"url":"javascript:alert(1)"}]\'>slice text</p>',
  'table cell background': '<table><tr><td background="javascript:alert(1)">cell text</td></tr></table>',
  'DOM clobbering ids and names': '<img name="getElementById" src="https://ok.example/b.png" alt="clobber"><a id="__proto__" class="x" href="https://ok.example/">clobber link</a>',
  'contenteditable onpaste': '<div contenteditable onpaste="alert(1)">editable text</div>',
  'isindex': '<isindex type=image src=1 onerror=alert(1)>',
};

/** Raw-text and foreign-content tricks that swallow the markup after them, so the second benign paragraph goes too. */
const SWALLOWS_WHAT_FOLLOWS = new Set(['math mglyph style (DOMPurify 2.0 mXSS)', 'form math namespace confusion', 'noscript title breakout']);

const STORED_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'strong', 'em', 'u', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'div']);
const STORED_ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href', 'rel']),
  img: new Set(['src', 'alt', 'width', 'height']),
  ol: new Set(['start']),
  th: new Set(['colspan', 'rowspan']),
  td: new Set(['colspan', 'rowspan']),
  div: new Set(['data-video-id', 'data-video-url']),
};
const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data):/i;

/** Only the stored format: known tags, their own attributes, and URLs the store keeps. */
function expectStoredFormat(html: string, { allowSlice }: { allowSlice: boolean }): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const element of template.content.querySelectorAll('*')) {
    const tag = element.localName;
    expect(STORED_TAGS, `<${tag}> in ${html}`).toContain(tag);
    for (const { name, value } of element.attributes) {
      if (allowSlice && name === 'data-pm-slice') continue;
      expect(STORED_ATTRIBUTES[tag]?.has(name), `${tag}[${name}] in ${html}`).toBe(true);
      if (name === 'href') expect(safeLinkHref(value)).toBe(value);
      if (name === 'src') expect(safeImageSrc(value)).toBe(value);
      if (name === 'data-video-url') expect(safeHttpsUrl(value)).toBe(value);
    }
  }
  if (tagCount(template.content, 'div') > 0) expect(template.content.querySelectorAll('div:not([data-video-id]):not([data-video-url])')).toHaveLength(0);
}

function tagCount(root: ParentNode, tag: string): number {
  return root.querySelectorAll(tag).length;
}

/** What the editor shows (its own chrome included, such as a card's inline layout style): nothing that runs or navigates. */
function expectNothingExecutable(root: HTMLElement): void {
  expect(root.querySelectorAll('script, iframe, object, embed, form, input, meta, base, link, style, template, math, audio, video, source')).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      expect(name.startsWith('on'), `${element.localName}[${name}]`).toBe(false);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'data'].includes(name)) expect(value).not.toMatch(DANGEROUS_URL);
    }
  }
}

const alert = vi.fn();
let originalAlert: typeof window.alert;

beforeAll(() => {
  stubLayout();
  originalAlert = window.alert;
  window.alert = alert;
});
afterAll(() => {
  window.alert = originalAlert;
});
afterEach(cleanup);

it('the corpus holds at least 40 vectors', () => {
  expect(Object.keys(VECTORS).length).toBeGreaterThanOrEqual(40);
});

describe('the pure function', () => {
  for (const [name, vector] of Object.entries(VECTORS)) {
    it(name, () => {
      const clean = sanitizePastedHtml(`<p>before</p>${vector}<p>after</p>`);
      expect(clean).not.toMatch(/<script|<iframe|<object|<embed|<svg|<math|<style|<meta|<base|<link|<form|<template|\son\w+=|javascript:|vbscript:|data:|srcset|formaction|xlink|style=/i);
      expectStoredFormat(clean, { allowSlice: false });
      expect(clean).toContain('<p>before</p>');
      if (!SWALLOWS_WHAT_FOLLOWS.has(name)) expect(clean).toContain('after</p>');
    });
  }

  it('keeps the benign part of vectors that have one', () => {
    expect(sanitizePastedHtml(VECTORS['safe link with a handler']!)).toBe('<a href="https://ok.example/" rel="noopener noreferrer">safe link</a>');
    expect(sanitizePastedHtml(VECTORS['safe image with a handler']!)).toBe('<img src="https://ok.example/a.png" alt="safe image">');
    expect(sanitizePastedHtml(VECTORS.srcset!)).toBe('<img src="https://ok.example/a.png" alt="set">');
    expect(sanitizePastedHtml(VECTORS['event handlers on text']!)).toBe('<p>handler text</p>');
    expect(sanitizePastedHtml(VECTORS['CSS expression']!)).toBe('<p>expression text</p>');
    expect(sanitizePastedHtml(VECTORS['inline style url']!)).toBe('<p>styled div</p>');
    expect(sanitizePastedHtml(VECTORS['table cell background']!)).toBe('<table><tbody><tr><td>cell text</td></tr></tbody></table>');
    for (const text of ['js link', 'case link', 'tab link', 'entity link', 'data link']) expect(sanitizePastedHtml(VECTORS[Object.keys(VECTORS).find((key) => VECTORS[key]!.includes(text))!]!)).toBe(text);
  });
});

describe('pasted into the editor', () => {
  for (const [name, vector] of Object.entries(VECTORS)) {
    it(name, () => {
      const { editor, text, handle } = mountEditor({ initialHtml: '<p></p>' });
      inEditor(editor, (e) => e.commands.focus());
      pasteInto(text, { html: `<p>before</p>${vector}<p>after</p>`, text: 'before after' });
      const body = handle.getHTML();
      expectStoredFormat(body, { allowSlice: false });
      expect(body).not.toMatch(/javascript:|vbscript:|data:/i);
      expect(body).toMatch(/before/);
      if (!SWALLOWS_WHAT_FOLLOWS.has(name)) expect(body).toMatch(/after/);
      expectNothingExecutable(text);
      expect(alert).not.toHaveBeenCalled();
    });
  }
});
