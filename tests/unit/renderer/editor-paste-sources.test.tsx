/**
 * Real-looking clipboard HTML from Word (desktop and online), Google Docs
 * and a web page: the structure people wrote survives the paste (headings,
 * lists with their nesting, tables, links, bold, italic, underline and
 * strike-through), and the sources' own markup (styles, classes, Office
 * namespaces, conditional comments, local file images) does not.
 */
import { cleanup } from '@testing-library/react';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../electron/core/drafts/html-sanitizer.js';
import { sanitizePastedHtml } from '../../../renderer/editor/paste-sanitizer.js';
import { inEditor, mountEditor, pasteInto, reserialise, stubLayout } from './editor-harness.js';

beforeAll(stubLayout);
afterEach(cleanup);

const GDOCS_TEXT = 'font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-variant:normal;vertical-align:baseline;white-space:pre;white-space:pre-wrap;';
const gspan = (style: string, text: string) => `<span style="${GDOCS_TEXT}${style}">${text}</span>`;
const gp = (content: string) => `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">${content}</p>`;
const gli = (level: number, content: string) =>
  `<li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="${level}"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation">${gspan('font-weight:400;font-style:normal;text-decoration:none;', content)}</p></li>`;
const gtd = (content: string) =>
  `<td style="border-left:solid #000000 1pt;border-right:solid #000000 1pt;border-bottom:solid #000000 1pt;border-top:solid #000000 1pt;vertical-align:top;padding:5pt 5pt 5pt 5pt;overflow:hidden;overflow-wrap:break-word;">${gp(content)}</td>`;

const GOOGLE_DOCS =
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4f1c2a3b-7fff-1234-abcd-0123456789ab">' +
  `<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;">${gspan('font-size:16pt;font-weight:400;font-style:normal;text-decoration:none;', 'Quarterly update')}</h2>` +
  gp(
    gspan('font-weight:400;font-style:normal;text-decoration:none;', 'We grew by ') +
      gspan('font-weight:700;font-style:normal;text-decoration:none;', '12 percent') +
      gspan('font-weight:400;font-style:normal;text-decoration:none;', ' ') +
      gspan('font-weight:400;font-style:italic;text-decoration:none;', 'this quarter') +
      gspan('font-weight:400;font-style:normal;text-decoration:none;', '. Read the ') +
      `<a href="https://intranet.example.com/report" style="text-decoration:none;">${gspan('font-weight:400;font-style:normal;color:#1155cc;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;', 'full report')}</a>` +
      gspan('font-weight:400;', '.'),
  ) +
  '<br>' +
  `<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">${gli(1, 'First point')}${gli(1, 'Second point')}<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">${gli(2, 'Nested point')}</ul></ul>` +
  '<br>' +
  '<div dir="ltr" style="margin-left:0pt;" align="left"><table style="border:none;border-collapse:collapse;"><colgroup><col width="200"><col width="200"></colgroup><tbody>' +
  `<tr style="height:0pt">${gtd(gspan('font-weight:700;', 'Team'))}${gtd(gspan('font-weight:700;', 'Lead'))}</tr>` +
  `<tr style="height:0pt">${gtd(gspan('font-weight:400;', 'Comms'))}${gtd(gspan('font-weight:400;', 'Ana'))}</tr>` +
  '</tbody></table></div>' +
  gp(
    gspan('font-weight:400;text-decoration:line-through;-webkit-text-decoration-skip:none;', 'old plan') +
      gspan('font-weight:400;', ', ') +
      gspan('font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;', 'new plan') +
      gspan('font-weight:700;font-style:italic;', ' both'),
  ) +
  '</b><br class="Apple-interchange-newline">';

const wordMarker = (marker: string, font = 'Symbol') =>
  `<![if !supportLists]><span lang=EN-US style='font-family:${font};mso-fareast-font-family:${font}'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>`;
const wordItem = (cls: string, list: string, level: number, marker: string, text: string, font?: string) =>
  `<p class=${cls} style='margin-left:${36 * level}.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:${list} level${level} lfo1'>${wordMarker(marker, font)}<span lang=EN-US>${text}<o:p></o:p></span></p>`;
const wordCell = (content: string) => `<td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>${content}<o:p></o:p></p></td>`;

const WORD_DESKTOP = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/ana/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} .MsoChpDefault {mso-style-type:export-only;} --></style>
<!--[if gte mso 10]><style>table.MsoNormalTable {mso-style-name:"Table Normal";}</style><![endif]-->
</head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h1><span lang=EN-US>Quarterly update<o:p></o:p></span></h1>
<p class=MsoNormal><span lang=EN-US>We grew by <b>12 percent</b> <i>this quarter</i>. Read the <a href="https://intranet.example.com/report"><span style='color:#0563C1'>full report</span></a>.<o:p></o:p></span></p>
<p class=MsoNormal><b style='mso-bidi-font-weight:normal'><span lang=EN-US>Bold, with Word's bidi style</span></b><span lang=EN-US> and <i style='mso-bidi-font-style:normal'>italic too</i>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
${wordItem('MsoListParagraphCxSpFirst', 'l0', 1, '·', 'First point')}
${wordItem('MsoListParagraphCxSpMiddle', 'l0', 2, 'o', 'Nested point', '"Courier New"')}
${wordItem('MsoListParagraphCxSpLast', 'l0', 1, '·', 'Second point')}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
${wordItem('MsoListParagraphCxSpFirst', 'l1', 1, '1.', 'Step one', 'Calibri')}
${wordItem('MsoListParagraphCxSpLast', 'l1', 1, '2.', 'Step two', 'Calibri')}
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>${wordCell("<b><span lang=EN-US>Team</span></b>")}${wordCell("<b><span lang=EN-US>Lead</span></b>")}</tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>${wordCell('<span lang=EN-US>Comms</span>')}${wordCell('<span lang=EN-US>Ana</span>')}</tr>
</table>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_x0020_1" type="#_x0000_t75" style='width:100pt;height:50pt'><v:imagedata src="file:///C:/Users/ana/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=133 height=67 src="file:///C:/Users/ana/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="Picture_x0020_1"><![endif]><span lang=EN-US>Photo above<o:p></o:p></span></p>
<h2><span lang=EN-US>Next steps</span></h2>
<p class=MsoNormal><s>Cancelled</s> <u>Confirmed</u> <span style='text-decoration:line-through'>struck span</span><o:p></o:p></p>
<!--EndFragment-->
</body></html>`;

const WORD_ONLINE =
  '<div class="OutlineElement Ltr SCXW1 BCX0" style="margin: 0px; padding: 0px;"><p class="Paragraph SCXW1 BCX0" paraid="1" paraeid="{A}" style="margin: 0px;"><span data-contrast="auto" lang="EN-US" class="TextRun SCXW1 BCX0"><span class="NormalTextRun SCXW1 BCX0">Plain and </span></span><span data-contrast="auto" lang="EN-US" class="TextRun SCXW1 BCX0" style="font-weight: bold;"><span class="NormalTextRun SCXW1 BCX0">bold</span></span><span class="EOP SCXW1 BCX0" data-ccp-props="{}">&nbsp;</span></p></div>' +
  '<div class="ListContainerWrapper SCXW1 BCX0" style="position: relative;"><ul class="BulletListStyle1 SCXW1 BCX0" role="list"><li data-leveltext="" data-font="Symbol" data-listid="1" aria-setsize="-1" data-aria-posinset="1" data-aria-level="1" role="listitem" class="OutlineElement Ltr SCXW1 BCX0"><p class="Paragraph SCXW1 BCX0"><span class="TextRun SCXW1 BCX0"><span class="NormalTextRun SCXW1 BCX0">Online item</span></span></p></li></ul></div>' +
  '<div class="OutlineElement Ltr SCXW1 BCX0"><p class="Paragraph SCXW1 BCX0" role="heading" aria-level="2"><span class="TextRun SCXW1 BCX0" style="font-style: italic;"><span class="NormalTextRun SCXW1 BCX0">Italic line</span></span></p></div>';

const WEB_PAGE = `<meta charset='utf-8'><article class="post" style="font-family: Georgia;">
  <header><h1 class="title">Launch day</h1><div class="byline"><span>By Sam</span> · <time datetime="2025-01-01">1 January</time></div></header>
  <section><div>Short intro in a div.</div><div>Second line, also a div.</div>
  <p>Text with <a href="https://example.com/more" target="_blank" rel="nofollow" class="cta">a link</a>, <a href="/relative/path">a relative link</a> and <a href="http://insecure.example.com/">an insecure one</a>.</p>
  <figure><picture><source srcset="https://cdn.example.com/hero.webp" type="image/webp"><img src="https://cdn.example.com/hero.jpg" alt="The launch" loading="lazy" width="1200" height="600" class="hero"></picture><figcaption>Launch <em>morning</em></figcaption></figure>
  <h5>Small heading</h5><blockquote cite="https://example.com"><div>A quote in a div</div></blockquote>
  <pre><code class="language-js">const launched = true;\nconsole.log(launched);</code></pre>
  <ol start="3"><li>Third</li><li>Fourth</li></ol><hr>
  <table><caption>Results</caption><thead><tr><th scope="col">Metric</th><th scope="col">Value</th></tr></thead><tbody><tr><td>Visits</td><td colspan="1" style="color:red">1,024</td></tr></tbody></table>
  </section></article>`;

function pasteIntoEditor(html: string): string {
  const { editor, text, handle } = mountEditor({ initialHtml: '<p></p>' });
  inEditor(editor, (e) => e.commands.focus());
  pasteInto(text, { html });
  return handle.getHTML();
}

/** The editor's output is already in stored form: the store would keep it as it is. */
function expectStored(body: string): void {
  expect(reserialise(sanitizeArticleHtml(body))).toBe(reserialise(body));
}

describe('Google Docs', () => {
  it('keeps headings, marks from styled spans, the link, blank lines, the nested list and the table', () => {
    const body = pasteIntoEditor(GOOGLE_DOCS);
    expect(reserialise(body)).toBe(
      reserialise(
        '<h2>Quarterly update</h2>' +
          '<p>We grew by <strong>12 percent</strong> <em>this quarter</em>. Read the <a href="https://intranet.example.com/report" rel="noopener noreferrer">full report</a>.</p>' +
          '<p></p>' +
          '<ul><li><p>First point</p></li><li><p>Second point</p><ul><li><p>Nested point</p></li></ul></li></ul>' +
          '<p></p>' +
          '<table><tbody><tr><td><p><strong>Team</strong></p></td><td><p><strong>Lead</strong></p></td></tr><tr><td><p>Comms</p></td><td><p>Ana</p></td></tr></tbody></table>' +
          '<p><s>old plan</s>, <u>new plan</u><strong><em> both</em></strong></p>',
      ),
    );
    expectStored(body);
  });

  it('the whole-selection wrapper is not bold, and no style, class, id or dir survives', () => {
    const clean = sanitizePastedHtml(GOOGLE_DOCS);
    expect(clean.startsWith('<h2>Quarterly update</h2>')).toBe(true);
    expect(clean).not.toMatch(/style=|class=|id=|dir=|aria-level|<b\b|<span|<colgroup|<col\b/);
  });
});

describe('Word', () => {
  it('desktop: lists rebuilt from mso-list paragraphs, Word bold and italic kept, Office markup and local images dropped', () => {
    const body = pasteIntoEditor(WORD_DESKTOP);
    expect(reserialise(body)).toBe(
      reserialise(
        '<h1>Quarterly update</h1>' +
          '<p>We grew by <strong>12 percent</strong> <em>this quarter</em>. Read the <a href="https://intranet.example.com/report" rel="noopener noreferrer">full report</a>.</p>' +
          "<p><strong>Bold, with Word's bidi style</strong> and <em>italic too</em>.</p>" +
          '<p></p>' +
          '<ul><li><p>First point</p><ul><li><p>Nested point</p></li></ul></li><li><p>Second point</p></li></ul>' +
          '<p></p>' +
          '<ol><li><p>Step one</p></li><li><p>Step two</p></li></ol>' +
          '<table><tbody><tr><td><p><strong>Team</strong></p></td><td><p><strong>Lead</strong></p></td></tr><tr><td><p>Comms</p></td><td><p>Ana</p></td></tr></tbody></table>' +
          '<p>Photo above</p>' +
          '<h2>Next steps</h2>' +
          '<p><s>Cancelled</s> <u>Confirmed</u> <s>struck span</s></p>',
      ),
    );
    expectStored(body);
  });

  it('desktop: no list marker, conditional comment, o:p, v:shape, mso style or file: URL is left', () => {
    const clean = sanitizePastedHtml(WORD_DESKTOP);
    expect(clean).not.toMatch(/mso-|Mso|o:p|v:shape|v:imagedata|supportLists|endif|file:|·|&nbsp;&nbsp;|StartFragment|<style|<meta|<link/);
  });

  it('online: div-built paragraphs, bold and italic from styles, and the list', () => {
    const body = pasteIntoEditor(WORD_ONLINE);
    expect(body).toBe('<p>Plain and <strong>bold</strong>&nbsp;</p><ul><li><p>Online item</p></li></ul><p><em>Italic line</em></p>');
    expectStored(body);
  });
});

describe('a web page', () => {
  it('keeps its structure, turns divs into paragraphs and drops what an article cannot hold', () => {
    const body = pasteIntoEditor(WEB_PAGE);
    expect(reserialise(body)).toBe(
      reserialise(
        '<h1>Launch day</h1>' +
          '<p>By Sam · 1 January</p>' +
          '<p>Short intro in a div.</p><p>Second line, also a div.</p>' +
          '<p>Text with <a href="https://example.com/more" rel="noopener noreferrer">a link</a>, a relative link and an insecure one.</p>' +
          '<figure><img src="https://cdn.example.com/hero.jpg" alt="The launch" width="1200" height="600"><figcaption>Launch <em>morning</em></figcaption></figure>' +
          '<h4>Small heading</h4><blockquote><p>A quote in a div</p></blockquote>' +
          '<pre><code>const launched = true;\nconsole.log(launched);</code></pre>' +
          '<ol start="3"><li><p>Third</p></li><li><p>Fourth</p></li></ol><hr>' +
          '<p>Results</p><table><tbody><tr><th><p>Metric</p></th><th><p>Value</p></th></tr><tr><td><p>Visits</p></td><td><p>1,024</p></td></tr></tbody></table>',
      ),
    );
    expectStored(body);
  });

  it('divs become paragraphs, so the store cannot run them together', () => {
    const clean = sanitizePastedHtml('<div>First</div><div>Second</div><div><div>Nested</div>loose text</div>');
    expect(clean).toBe('<p>First</p><p>Second</p><p>Nested</p><p>loose text</p>');
    expect(sanitizeArticleHtml(clean)).toBe(clean);
    expect(sanitizeArticleHtml('<div>First</div><div>Second</div>'), 'what the store alone would have made of it').toBe('FirstSecond');
  });
});

describe('copying inside the editor', () => {
  it('what the editor puts on the clipboard comes back unchanged, slice marker included', () => {
    const article =
      '<h2>Title</h2><p>Some <strong>bold</strong> and <a href="https://example.com/" rel="noopener noreferrer">a link</a>.</p>' +
      '<ul><li><p>Alpha</p><ul><li><p>Nested</p></li></ul></li><li><p>Beta</p></li></ul>' +
      '<img src="https://cdn.example.com/a.jpg" alt="A"><div data-video-id="5" data-video-url="https://video.example.com/5"></div>' +
      '<table><tbody><tr><th><p>H</p></th></tr><tr><td colspan="2"><p>C</p></td></tr></tbody></table><p>End</p>';
    const { editor } = mountEditor({ initialHtml: article });
    const size = editor.state.doc.content.size;
    for (const [from, to] of [[3, 9], [12, 60], [1, size - 1], [0, size]] as const) {
      const html = editor.view.serializeForClipboard(TextSelection.create(editor.state.doc, from, to).content()).dom.innerHTML;
      expect(html).toMatch(/data-pm-slice="\d+ \d+ /);
      expect(reserialise(sanitizePastedHtml(html))).toBe(reserialise(html));
    }
  });
});
