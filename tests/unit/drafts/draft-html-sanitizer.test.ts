// @vitest-environment jsdom
/**
 * The main-side half of SECURITY-RESEARCH §5 row 1: OWASP, Cure53 and
 * PortSwigger style vectors through the article sanitiser. Each output is
 * read back by two parsers, htmlparser2 (what the sanitiser itself uses) and
 * jsdom's spec parser (how a browser and the editor will read it), because
 * mutation XSS lives exactly where two parsers disagree.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../electron/core/drafts/html-sanitizer.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';

const ALLOWED: Record<string, string[]> = {
  ...Object.fromEntries(
    'p h1 h2 h3 h4 strong em u s code pre blockquote ul li hr br table thead tbody tr figure figcaption'.split(' ').map((tag) => [tag, []]),
  ),
  a: ['href', 'rel'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  div: ['data-video-id', 'data-video-url'],
};

const URL_SCHEMES: Record<string, string[]> = { href: ['https:', 'mailto:'], src: ['https:', 'studio-local:'], 'data-video-url': ['https:'] };

const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  '<p>x</p><sCrIpT>alert(1)</ScRiPt>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)"/>',
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  '<img """><script>alert("XSS")</script>">',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '<img src="https://cdn.example/a.png" onload="alert(1)" style="width:9999px" class="x" id="y">',
  '<img srcset="javascript:alert(1) 1x" src="https://cdn.example/a.png">',
  '<img src="http://cdn.example/a.png">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img src="data:image/png;base64,iVBORw0KGgo=">',
  '<img alt="&quot; onerror=&quot;alert(1)" src="https://cdn.example/a.png">',
  '<img src="studio-local:../../etc/passwd">',
  '<img src="STUDIO-LOCAL:not-a-uuid" alt="x">',
  '<img src="file:///etc/passwd">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<table><tr><td><math><mtext></mtext><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<p title="</p><img src=x onerror=alert(1)>">x</p>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href=javascript&#58alert(1)>x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="  JaVaScRiPt:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="java\nscript:alert(1)">x</a>',
  '<a href="\u0001javascript:alert(1)">x</a>',
  '<a href="ｊａｖａｓｃｒｉｐｔ:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="file:///etc/passwd">x</a>',
  '<a href="smb://host/share">x</a>',
  '<a href="//evil.example/">x</a>',
  '<a href="/relative">x</a>',
  '<a href="https://user:pw@evil.example/">x</a>',
  '<a href="mailto:a@example.com?attach=/etc/passwd">x</a>',
  '<a href="https://example.com/&#x22;onmouseover=&#x22;alert(1)">x</a>',
  '<a href="https://example.com/\u202Egnp.exe">x</a>',
  '<a href="https://ok.example/" target="_blank" rel="opener" ping="https://evil.example/">x</a>',
  '<a id="__proto__" name="config" class="x" href="https://ok.example/">x</a>',
  '<a href="https://example.com" style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</a>',
  '<a href="https://example.com"><img src=x onerror=alert(1)></a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  '<iframe src="https://www.youtube.com/embed/x"><img src=x onerror=alert(1)></iframe>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<form id="f"><input name="attributes"></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<input autofocus onfocus=alert(1)>',
  '<keygen autofocus onfocus=alert(1)>',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="><param name=x value=y></object>',
  '<embed src="javascript:alert(1)">',
  '<applet code="x.class"></applet>',
  "<style>@import 'https://evil.example/x.css';</style>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="behavior:url(x.htc);-moz-binding:url(x.xml#xss)">x</p>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<details open ontoggle=alert(1)>',
  '<marquee onstart=alert(1)>',
  '<body onload=alert(1)>',
  '<frameset onload=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<p onclick="alert(1)" onmouseover="alert(1)">x</p>',
  '<!--><img src=x onerror=alert(1)>-->',
  '<!-- --!><img src=x onerror=alert(1)> -->',
  '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<?xml version="1.0"?><x onload=alert(1)>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<template><img src=x onerror=alert(1)></template>',
  '<select><style><img src=x onerror=alert(1)></style></select>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<noembed><img src=x onerror=alert(1)></noembed>',
  '<plaintext><img src=x onerror=alert(1)>',
  '&lt;img src=x onerror=alert(1)&gt;',
  '<scr\0ipt>alert(1)</scr\0ipt>',
  '<img src=x o\0nerror=alert(1)>',
  '<table background="javascript:alert(1)"><td background="javascript:alert(1)">x</td></table>',
  '<div data-video-id="1 onload=alert(1)" data-video-url="javascript:alert(1)">x</div>',
  '<div data-video-id="7" data-video-url="javascript:alert(1)" onclick="alert(1)"></div>',
  '<div><div data-video-id="9"><script>alert(1)</script></div></div>',
  '<div data-video-url="javascript:alert(1)" onclick="alert(1)">x</div>',
  '<div data-video-url="https://user:pw@evil.example/v.mp4">x</div>',
  '<div data-video-url="//evil.example/v.mp4" data-video-id="">x</div>',
  '<div data-video-id="12abc" data-video-url="https://videos.example.com/v.mp4">x</div>',
  '<div data-video-url="https://videos.example.com/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></div>',
  '<!doctype html><html><head><script>alert(1)</script></head><body onload=alert(1)><p>x</p></body></html>',
  '<p><img src=x></p><figure><img src="https://cdn.example/b.png"></figure><p><a>t</a></p>',
];

function checkAttributes(tag: string, attributes: [string, string][]): void {
  for (const [name, value] of attributes) {
    expect(ALLOWED[tag], `<${tag}>`).toContain(name);
    const schemes = URL_SCHEMES[name];
    if (schemes !== undefined) expect(schemes).toContain(new URL(value).protocol);
  }
}

/** What htmlparser2, the sanitiser's own parser, reads back. */
function checkWithHtmlparser2(output: string): void {
  const document = parseDocument(output);
  expect(DomUtils.filter((node) => node.type !== ElementType.Tag && node.type !== ElementType.Text, document.children)).toEqual([]);
  for (const element of DomUtils.findAll(() => true, document.children)) {
    expect(Object.keys(ALLOWED)).toContain(element.name);
    checkAttributes(element.name, Object.entries(element.attribs));
  }
}

/** What a browser, and so the editor and Firstup's readers, reads back. */
function checkWithBrowserParser(output: string): void {
  const document = new DOMParser().parseFromString(`<!doctype html><body>${output}`, 'text/html');
  expect(document.head.children).toHaveLength(0);
  expect(document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT).nextNode()).toBeNull();
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    expect(element.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(Object.keys(ALLOWED)).toContain(tag);
    checkAttributes(tag, [...element.attributes].map((attribute) => [attribute.name, attribute.value]));
  }
}

function expectSafe(input: string): string {
  const output = sanitizeArticleHtml(input);
  // Text never holds a raw `<`, so every `<` opens or closes an allowed tag, even one a parser would ignore.
  const tags = [...output.matchAll(/<\/?([^\s/>]*)/g)].map((match) => match[1]!);
  for (const tag of tags) expect(Object.keys(ALLOWED)).toContain(tag);
  for (const [tag] of output.matchAll(/<[^>]*>/g)) expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son\w*=|\sstyle=/i);
  checkWithHtmlparser2(output);
  checkWithBrowserParser(output);
  expect(sanitizeArticleHtml(output)).toBe(output);
  return output;
}

describe('sanitizeArticleHtml against hostile input', () => {
  it('has a corpus of at least 60 vectors', () => {
    expect(new Set(HOSTILE).size).toBeGreaterThanOrEqual(60);
  });

  it.each(HOSTILE)('%s', (vector) => {
    expectSafe(vector);
  });

  it('keeps what was inside but never what could run', () => {
    expect(sanitizeArticleHtml('<img src=x onerror=alert(1)>')).toBe('');
    expect(sanitizeArticleHtml('<a href="jav&#x09;ascript:alert(1)">x</a>')).toBe('x');
    expect(sanitizeArticleHtml('<noscript><p title="</noscript><img src=x onerror=alert(1)>">')).toBe('');
    expect(sanitizeArticleHtml('&lt;img src=x onerror=alert(1)&gt;')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(sanitizeArticleHtml('<p onclick="alert(1)">x<script>alert(1)</script></p>')).toBe('<p>x</p>');
    expect(sanitizeArticleHtml('<a href="https://ok.example/" target="_blank">x</a>')).toBe('<a href="https://ok.example/" rel="noopener noreferrer">x</a>');
  });

  it('escapes quotes inside kept attributes', () => {
    expect(expectSafe('<img alt="&quot; onerror=&quot;alert(1)" src="https://cdn.example/a.png">')).toBe(
      '<img src="https://cdn.example/a.png" alt="&quot; onerror=&quot;alert(1)" />',
    );
  });

  it('never closes a tag with the name of one it dropped earlier', () => {
    expect(expectSafe('<p><img src=x></p><figure><img src="https://cdn.example/b.png"></figure>')).toBe(
      '<p></p><figure><img src="https://cdn.example/b.png" /></figure>',
    );
  });

  it('unwraps elements nested beyond the limit instead of overflowing', () => {
    const deep = '<blockquote>'.repeat(10_000) + 'deep' + '</blockquote>'.repeat(10_000);
    const output = expectSafe(deep);
    expect(output).toContain('deep');
    expect(output.split('<blockquote>').length - 1).toBeLessThanOrEqual(100);
  });

  it('survives random tag soup built from the hostile vocabulary', () => {
    const pieces = ['<b>', '</b>', '<i>', '<span style="font-weight:700">', '</span>', '<h6>', '<a>', '</a>', '<img src=x>', '<div>', '</div>',
      '<table>', '<tfoot>', '<td>', '<svg>', '<math>', '<style>', '</style>', '<noscript>', '<p title="</noscript><img src=x onerror=1>">',
      '<strike>', '<!--', '-->', '<a href="https://ok.example/">', 'text', '&amp;', '<', '>', '"', "'", '</p>', '<li>', '<ol start=2>'];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % pieces.length;
    for (let run = 0; run < 400; run += 1) {
      expectSafe(Array.from({ length: 40 }, () => pieces[next()]).join(''));
    }
  });

  it('refuses input over the size limit as an invalid request', () => {
    const huge = `<p>${'x'.repeat(5 * 1024 * 1024)}</p>`;
    expect(() => sanitizeArticleHtml(huge)).toThrow(StudioError);
    expect(() => sanitizeArticleHtml(huge)).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });
});

describe('video placeholders', () => {
  it('keeps a pending placeholder (a video added while the draft is local) with only its https URL', () => {
    const pending = '<p>Watch:</p><div data-video-url="https://videos.example.com/launch.mp4"></div>';
    expect(expectSafe(pending)).toBe(pending);
  });

  it('reads an empty id as a pending placeholder, and drops every other attribute', () => {
    expect(expectSafe('<div data-video-id=" " data-video-url="https://videos.example.com/a.mp4" class="x" style="color:red"></div>')).toBe(
      '<div data-video-url="https://videos.example.com/a.mp4"></div>',
    );
  });

  it('unwraps a pending placeholder whose URL is not public https, keeping only its text', () => {
    expect(expectSafe('<div data-video-url="javascript:alert(1)">x</div>')).toBe('x');
    expect(expectSafe('<div data-video-url="http://videos.example.com/a.mp4">x</div>')).toBe('x');
    expect(expectSafe('<div data-video-url="https://user:pw@evil.example/a.mp4">x</div>')).toBe('x');
    expect(expectSafe('<div data-video-url="/relative.mp4"></div>')).toBe('');
  });

  it('never lets a malformed id pass as a pending placeholder', () => {
    expect(expectSafe('<div data-video-id="12abc" data-video-url="https://videos.example.com/a.mp4">x</div>')).toBe('x');
  });

  it('escapes a pending URL so it cannot leave its attribute', () => {
    const output = expectSafe('<div data-video-url="https://videos.example.com/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></div>');
    expect(output).toMatch(/^<div data-video-url="https:\/\/videos\.example\.com\/[^"<>]*"><\/div>$/);
  });
});

describe('sanitizeArticleHtml on real documents', () => {
  const wordLike = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{margin:0}</style></head>
<body lang=EN-US><div class=WordSection1><h1 class=MsoTitle>Quarterly update</h1>
<p class=MsoNormal style='margin-bottom:0'><b><span style='font-size:12pt'>Revenue</span></b> grew <i>fast</i><o:p></o:p></p>
<!--[if !supportLists]--><ul><li class=MsoListParagraph>First</li><li>Second</li></ul>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td colspan=2 valign=top>Wide</td></tr><tr><td>a</td><td>b</td></tr></table>
<p><a href="https://intranet.example.com/report">Report</a> <img src="https://cdn.example.com/chart.png" alt="Revenue chart" width=600 height="400px"></p></div></body></html>`;

  const googleDocsLike = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><h2 dir="ltr" style="line-height:1.38"><span style="font-size:16pt;font-weight:400">Plan</span></h2>
<p dir="ltr"><span style="font-weight:700">Bold</span><span style="font-weight:400"> and </span><span style="font-style:italic">italic</span></p>
<ol style="margin:0"><li dir="ltr" style="list-style-type:decimal"><p dir="ltr"><span>Step</span></p></li></ol></b>`;

  it('keeps the structure of Word markup and drops its styling', () => {
    const output = expectSafe(wordLike);
    expect(output).toContain('<h1>Quarterly update</h1>');
    expect(output).toContain('<p><strong>Revenue</strong> grew <em>fast</em></p>');
    expect(output).toContain('<ul><li>First</li><li>Second</li></ul>');
    expect(output).toContain('<table><tr><td colspan="2">Wide</td></tr><tr><td>a</td><td>b</td></tr></table>');
    expect(output).toContain('<a href="https://intranet.example.com/report" rel="noopener noreferrer">Report</a>');
    expect(output).toContain('<img src="https://cdn.example.com/chart.png" alt="Revenue chart" width="600" />');
    expect(output).not.toContain('MsoNormal');
  });

  it("keeps Word's bold when its style only hints at right-to-left scripts (mso-bidi-font-weight)", () => {
    expect(expectSafe(`<p><b style='mso-bidi-font-weight:normal'>Bold</b> <span style="mso-bidi-font-style:italic">plain</span></p>`)).toBe('<p><strong>Bold</strong> plain</p>');
  });

  it('reads Google Docs bold and italic spans, and ignores its not-bold wrapper', () => {
    const output = expectSafe(googleDocsLike);
    expect(output).toContain('<h2>Plan</h2>');
    expect(output).toContain('<p><strong>Bold</strong> and <em>italic</em></p>');
    expect(output).toContain('<ol><li><p>Step</p></li></ol>');
    expect(output.startsWith('<strong>')).toBe(false);
  });

  it('keeps the editor’s own nodes exactly', () => {
    const editorHtml =
      '<h3>Title</h3><p>a<br />b <code>x</code> <u>u</u> <s>s</s></p><pre><code>1 &lt; 2</code></pre><blockquote><p>q</p></blockquote><hr />' +
      '<figure><img src="studio-local:0f8fad5b-d9cb-469f-a165-70867728950e" alt="" /><figcaption>Local</figcaption></figure>' +
      '<div data-video-id="123" data-video-url="https://videos.example.com/123"></div><ol start="3"><li>c</li></ol>' +
      '<table><thead><tr><th rowspan="2">h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>' +
      '<p><a href="mailto:news@example.com?subject=Hi" rel="noopener noreferrer">mail</a></p>';
    expect(expectSafe(editorHtml)).toBe(editorHtml);
  });
});
