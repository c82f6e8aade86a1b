/**
 * The body preview's sanitiser: what it lets through is an article's
 * structure; everything that could run, load or restyle the studio is gone.
 */
import { describe, expect, it } from 'vitest';
import { safePreviewHtml } from '../../../renderer/library/safe-preview-html.js';

function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

const hostile = [
  '<p onclick="steal()">Hello <strong>team</strong></p>',
  '<script>window.pwned = true</script>',
  '<img src="x" onerror="window.pwned = true">',
  '<iframe src="https://evil.example/"></iframe>',
  '<style>body { display: none }</style>',
  '<p style="position:fixed;inset:0">Covers the studio</p>',
  '<a href="javascript:alert(1)">Click me</a>',
  '<a href="https://example.com/read" target="_self">Read more</a>',
  '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">',
  '<img src="http://images.example.com/plain.jpg" alt="plain http">',
  '<img src="https://images.example.com/ok.jpg" alt="Team photo">',
  '<svg><script>window.pwned = true</script></svg>',
  '<form action="https://evil.example"><input name="password"></form>',
  '<object data="https://evil.example/x.swf"></object>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<p id="root" class="shell" data-x="1">Clobber</p>',
].join('');

describe('safePreviewHtml', () => {
  const safe = parse(safePreviewHtml(hostile));

  it('removes scripts, frames, styles, forms, objects, SVG and MathML', () => {
    expect(safe.querySelectorAll('script, iframe, style, form, input, object, svg, math').length).toBe(0);
  });

  it('removes every event handler, style, id, class and data attribute', () => {
    const attributes = Array.from(safe.querySelectorAll('*')).flatMap((element) => element.getAttributeNames());
    expect(attributes.filter((name) => /^on|^style$|^id$|^class$|^data-/.test(name))).toEqual([]);
  });

  it('keeps the text and structure of the article', () => {
    expect(safe.querySelector('p strong')?.textContent).toBe('team');
    expect(safe.textContent).toContain('Covers the studio');
    expect(safe.textContent).toContain('Clobber');
  });

  it('keeps https links, opened in a new tab without opener or referrer, and drops javascript: addresses', () => {
    const links = Array.from(safe.querySelectorAll('a'));
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Click me', null],
      ['Read more', 'https://example.com/read'],
    ]);
    expect(links[1]!.getAttribute('target')).toBe('_blank');
    expect(links[1]!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps only https images, which load lazily and send no referrer', () => {
    const images = Array.from(safe.querySelectorAll('img'));
    expect(images.map((image) => image.getAttribute('src'))).toEqual(['https://images.example.com/ok.jpg']);
    expect(images[0]!.getAttribute('alt')).toBe('Team photo');
    expect(images[0]!.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('starts the body’s headings at h4, below the post title and the Preview heading', () => {
    const html = safePreviewHtml('<h1>One</h1><h2>Two</h2><h3>Three</h3><h6>Six</h6>');
    expect(Array.from(parse(html).children).map((element) => `${element.tagName} ${element.textContent}`)).toEqual(['H4 One', 'H4 Two', 'H5 Three', 'H6 Six']);
  });

  it('leaves plain article markup as it was, but for how links open', () => {
    const article = '<p>See <a href="mailto:hr@example.com">HR</a>.</p><ul><li>One</li></ul><blockquote>Quote</blockquote>';
    expect(safePreviewHtml(article)).toBe(
      '<p>See <a href="mailto:hr@example.com" target="_blank" rel="noopener noreferrer">HR</a>.</p><ul><li>One</li></ul><blockquote>Quote</blockquote>',
    );
  });
});
