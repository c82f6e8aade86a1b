/**
 * Firstup's video player markup: what the embed sanitiser keeps and refuses,
 * and how players and placeholders swap between the stored body and the
 * body Firstup holds.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../electron/core/drafts/html-sanitizer.js';
import { embedSource, sanitizeVideoEmbed } from '../../../electron/core/publishing/embed-sanitizer.js';
import { bodyForFirstup, bodyFromFirstup, fillPendingVideo, videoPlaceholder } from '../../../electron/core/publishing/video-embeds.js';

const SANDBOX_EMBED =
  '<iframe src="https://sandbox.example/embed/videos/7" width="1280" height="720" title="Video 7" sandbox="allow-scripts allow-presentation"' +
  ' allow="fullscreen" referrerpolicy="no-referrer" loading="lazy" frameborder="0"></iframe>';

const KEPT_ATTRIBUTES = ['src', 'width', 'height', 'title', 'sandbox', 'allow', 'allowfullscreen', 'referrerpolicy', 'loading', 'frameborder'];

/** What a browser-like parser reads in the output: exactly one iframe, only the fixed attributes, an https src. */
function expectOnlyASafeFrame(output: string): Record<string, string> {
  const document = parseDocument(output);
  const elements = DomUtils.findAll(() => true, document.children);
  expect(elements.map((element) => element.name)).toEqual(['iframe']);
  const attribs = elements[0]!.attribs;
  for (const name of Object.keys(attribs)) expect(KEPT_ATTRIBUTES).toContain(name);
  expect(new URL(attribs.src!).protocol).toBe('https:');
  expect(DomUtils.textContent(document)).toBe('');
  expect(sanitizeVideoEmbed(output)).toBe(output);
  return attribs;
}

describe('sanitizeVideoEmbed', () => {
  it('keeps a well-formed player exactly as Firstup (here the sandbox) wrote it', () => {
    expect(sanitizeVideoEmbed(SANDBOX_EMBED)).toBe(SANDBOX_EMBED);
  });

  const SELF_LIFTING = '<iframe src="https://v.example/1" sandbox="allow-scripts allow-same-origin allow-top-navigation allow-popups-to-escape-sandbox"></iframe>';
  const FOREIGN_PERMISSIONS = '<iframe src="https://v.example/1" allow="camera; microphone; geolocation; fullscreen https://evil.example; autoplay"></iframe>';
  const QUOTED_TITLE = '<iframe src="https://v.example/1" title="&quot; onload=&quot;alert(1)"></iframe>';

  const hostile: [string, string][] = [
    ['event handlers and scripts around it', '<iframe src="https://v.example/1" onload="alert(1)" onerror="alert(1)"></iframe><script>alert(1)</script>'],
    ['srcdoc next to a safe src', '<iframe src="https://v.example/1" srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'],
    ['style and class', '<iframe src="https://v.example/1" style="position:fixed;inset:0;z-index:99999" class="x" id="y" name="top"></iframe>'],
    ['content inside the frame', '<iframe src="https://v.example/1"><img src=x onerror=alert(1)></iframe>'],
    ['a wrapper with text', '<div class="player" onclick="alert(1)">Watch <iframe src="https://v.example/1"></iframe> now</div>'],
    ['a sandbox that would lift itself', SELF_LIFTING],
    ['permissions for other origins', FOREIGN_PERMISSIONS],
    ['bad sizes and enumerations', '<iframe src="https://v.example/1" width="100px;background:url(x)" height="-1" referrerpolicy="unsafe-url" loading="now" frameborder="yes"></iframe>'],
    ['entity-encoded quotes in the title', QUOTED_TITLE],
  ];

  it.each(hostile)('drops what is not on the list: %s', (_name, embed) => {
    const attribs = expectOnlyASafeFrame(sanitizeVideoEmbed(embed));
    expect(attribs.src).toBe('https://v.example/1');
  });

  it('takes tokens away from the sandbox attribute but never removes the attribute', () => {
    const attribs = expectOnlyASafeFrame(sanitizeVideoEmbed(SELF_LIFTING));
    expect(attribs.sandbox).toBe('allow-scripts');
    expect(sanitizeVideoEmbed('<iframe src="https://v.example/1" sandbox="allow-same-origin"></iframe>')).toBe('<iframe src="https://v.example/1" sandbox=""></iframe>');
  });

  it('keeps only bare, known permissions', () => {
    expect(expectOnlyASafeFrame(sanitizeVideoEmbed(FOREIGN_PERMISSIONS)).allow).toBe('autoplay');
  });

  it('keeps a title with quotes as text inside its attribute', () => {
    expect(sanitizeVideoEmbed(QUOTED_TITLE)).toBe('<iframe src="https://v.example/1" title="&quot; onload=&quot;alert(1)"></iframe>');
  });

  const refused: [string, string][] = [
    ['no frame at all', '<video src="https://v.example/1.mp4" controls></video>'],
    ['a frame only inside script text', '<script>document.write("<iframe src=https://v.example/1></iframe>")</script>'],
    ['a javascript: src', '<iframe src="javascript:alert(1)"></iframe>'],
    ['an entity-hidden javascript: src', '<iframe src="jav&#x09;ascript:alert(1)"></iframe>'],
    ['a data: src', '<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></iframe>'],
    ['a plain http src', '<iframe src="http://v.example/1"></iframe>'],
    ['a plain http src that only looks local', '<iframe src="http://127.0.0.1.evil.example/1"></iframe>'],
    ['a protocol-relative src', '<iframe src="//evil.example/1"></iframe>'],
    ['credentials in the src', '<iframe src="https://user:pw@evil.example/1"></iframe>'],
    ['only srcdoc', '<iframe srcdoc="<p>hi</p>"></iframe>'],
    ['two frames', '<iframe src="https://v.example/1"></iframe><iframe src="https://evil.example/2"></iframe>'],
    ['empty markup', ''],
    ['oversized markup', `<iframe src="https://v.example/1" title="${'x'.repeat(100_001)}"></iframe>`],
  ];

  it.each(refused)('refuses %s with a sentence that says what to do', (_name, embed) => {
    expect(() => sanitizeVideoEmbed(embed)).toThrow(
      expect.objectContaining({ code: 'unexpected_response', message: expect.stringMatching(/^Firstup answered with a video player .* place it with Firstup's own editor/) }),
    );
  });

  it('accepts plain http on loopback alone, where the sandbox serves its players', () => {
    const local = '<iframe src="http://127.0.0.1:4010/embed/videos/7" title="Video 7"></iframe>';
    expect(sanitizeVideoEmbed(local)).toBe(local);
    expect(() => sanitizeVideoEmbed('<iframe src="http://user:pw@127.0.0.1:4010/embed/videos/7"></iframe>')).toThrow(expect.objectContaining({ code: 'unexpected_response' }));
  });

  it('reads back the normalised src of a player it kept', () => {
    expect(embedSource(SANDBOX_EMBED)).toBe('https://sandbox.example/embed/videos/7');
  });
});

describe('players and placeholders', () => {
  const video = { videoId: 7, embedHtml: SANDBOX_EMBED, url: 'https://cdn.example/launch.mp4?a=1&b=2' };
  const stored = sanitizeArticleHtml(`<p>Before</p>${videoPlaceholder(7, video.url)}<p>After</p>`);

  it('writes a placeholder exactly as the store’s sanitiser does', () => {
    expect(sanitizeArticleHtml(stored)).toBe(stored);
    expect(stored).toBe('<p>Before</p><div data-video-id="7" data-video-url="https://cdn.example/launch.mp4?a=1&amp;b=2"></div><p>After</p>');
  });

  it('sends the player in place of a placeholder with a known id', () => {
    expect(bodyForFirstup(stored, [video])).toBe(`<p>Before</p>${SANDBOX_EMBED}<p>After</p>`);
  });

  it('leaves out of the sent body a pending placeholder, an unknown id, and a player that is not safe', () => {
    const body = sanitizeArticleHtml(`<p>a</p>${videoPlaceholder(null, 'https://cdn.example/new.mp4')}<p>b</p>${videoPlaceholder(8, null)}<p>c</p>${videoPlaceholder(9, null)}`);
    const unsafe = { videoId: 9, embedHtml: '<script>alert(1)</script>', url: null };
    expect(bodyForFirstup(body, [video, unsafe])).toBe('<p>a</p><p>b</p><p>c</p>');
  });

  it('turns the players of kept videos in a pulled body back into placeholders', () => {
    const remote = `<p>Before</p>${SANDBOX_EMBED}<p>After</p><iframe src="https://other.example/9"></iframe>`;
    expect(sanitizeArticleHtml(bodyFromFirstup(remote, [video]))).toBe(stored);
  });

  it('recognises a player the server rewrote (attribute order, quotes, case)', () => {
    const rewritten = "<p>Before</p><IFRAME frameborder=0 SRC='https://SANDBOX.example/embed/videos/7' title=Video></IFRAME><p>After</p>";
    expect(sanitizeArticleHtml(bodyFromFirstup(rewritten, [video]))).toBe(stored);
  });

  it('round-trips: what we send, read back, is what we store', () => {
    expect(sanitizeArticleHtml(bodyFromFirstup(bodyForFirstup(stored, [video]), [video]))).toBe(stored);
  });

  it('fills in the id of the first pending placeholder with that URL only', () => {
    const body = sanitizeArticleHtml(`${videoPlaceholder(null, video.url)}<p>x</p>${videoPlaceholder(null, video.url)}`);
    const filled = fillPendingVideo(body, video.url, 12);
    expect(filled).toBe(`${videoPlaceholder(12, video.url)}<p>x</p>${videoPlaceholder(null, video.url)}`);
    expect(sanitizeArticleHtml(filled)).toBe(filled);
    expect(fillPendingVideo(body, 'https://cdn.example/other.mp4', 13)).toBe(body);
  });
});
