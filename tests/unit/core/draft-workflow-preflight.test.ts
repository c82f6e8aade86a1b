/**
 * The checks made before a post is sent towards readers, and the reading of
 * images and video placeholders in a stored (sanitised) body they rely on.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../electron/core/drafts/html-sanitizer.js';
import { bodyImages, bodyVideos, isLocalImageSrc } from '../../../shared/publishing/body-media.js';
import { preflight, type PreflightSubject } from '../../../shared/publishing/preflight.js';
import { allowedActions, needsConfirmation } from '../../../shared/publishing/workflow.js';

const LOCAL = 'studio-local:0f8fad5b-d9cb-469f-a165-70867728950e';

function subject(overrides: Partial<PreflightSubject> = {}): PreflightSubject {
  return {
    contentType: 'article',
    title: 'Town hall recap',
    topics: [{ id: 101, name: 'Company News' }],
    bodyHtml: '<p>Thanks for coming.</p>',
    linkUrl: null,
    images: [],
    onFirstup: false,
    ...overrides,
  };
}

const fields = (problems: ReturnType<typeof preflight>) => problems.map((problem) => problem.field);

describe('bodyImages and bodyVideos', () => {
  it('reads images with their alt text as the sanitiser stored them, telling no alt from an empty one', () => {
    const body = sanitizeArticleHtml(`<p><img src="https://cdn.example/a.png" alt="Chart &quot;Q1&quot; &amp; more"><img src="${LOCAL}" alt=""><img src="https://cdn.example/c.png"></p>`);
    expect(bodyImages(body)).toEqual([
      { src: 'https://cdn.example/a.png', alt: 'Chart "Q1" & more' },
      { src: LOCAL, alt: '' },
      { src: 'https://cdn.example/c.png', alt: null },
    ]);
  });

  it('reads placed and pending video placeholders, decoding their URLs', () => {
    const body = sanitizeArticleHtml('<div data-video-id="7" data-video-url="https://v.example/a?x=1&amp;y=2"></div><p>t</p><div data-video-url="https://v.example/b"></div>');
    expect(bodyVideos(body)).toEqual([
      { videoId: 7, url: 'https://v.example/a?x=1&y=2' },
      { videoId: null, url: 'https://v.example/b' },
    ]);
  });

  it('does not take an alt text that mentions src for the src itself', () => {
    const body = sanitizeArticleHtml('<img alt="see src=&quot;x&quot;" src="https://cdn.example/a.png">');
    expect(bodyImages(body)).toEqual([{ src: 'https://cdn.example/a.png', alt: 'see src="x"' }]);
  });

  it('knows a local image reference whatever its case', () => {
    expect(isLocalImageSrc(LOCAL.toUpperCase())).toBe(true);
    expect(isLocalImageSrc('https://cdn.example/studio-local:x')).toBe(false);
  });
});

describe('preflight', () => {
  it('finds nothing wrong with a titled article with a topic and text', () => {
    expect(preflight(subject(), 'publish')).toEqual([]);
  });

  it('needs a title and, before the first push, a topic', () => {
    const problems = preflight(subject({ title: '   ', topics: [] }), 'review');
    expect(problems).toEqual([
      { field: 'title', message: 'Give the post a title.' },
      { field: 'topics', message: 'Choose at least one topic. Topics are fixed when the post is first sent to Firstup.' },
    ]);
  });

  it('does not ask for topics once the post is on Firstup, where they were fixed at creation', () => {
    expect(preflight(subject({ topics: [], onFirstup: true }), 'publish')).toEqual([]);
  });

  it('needs an https target for a link post', () => {
    expect(fields(preflight(subject({ contentType: 'link', linkUrl: null }), 'publish'))).toEqual(['linkUrl']);
    expect(fields(preflight(subject({ contentType: 'link', linkUrl: 'http://intranet.example' }), 'publish'))).toEqual(['linkUrl']);
    expect(preflight(subject({ contentType: 'link', linkUrl: 'https://intranet.example' }), 'publish')).toEqual([]);
  });

  it('refuses an empty article, but not one that is only an image or only a video', () => {
    expect(fields(preflight(subject({ bodyHtml: '<p> </p><p><br /></p>' }), 'publish'))).toEqual(['body']);
    expect(preflight(subject({ bodyHtml: '<p><img src="https://cdn.example/a.png" alt="Team photo" /></p>' }), 'publish')).toEqual([]);
    expect(preflight(subject({ bodyHtml: '<div data-video-url="https://v.example/a"></div>' }), 'publish')).toEqual([]);
  });

  it('counts local images and images without alt text, in the body and in the image list', () => {
    const problems = preflight(
      subject({
        bodyHtml: `<p>x<img src="${LOCAL}" alt="Local" /><img src="https://cdn.example/a.png" /></p>`,
        images: [{ url: null, localFileRef: LOCAL, altText: ' ' }],
      }),
      'publish',
    );
    expect(problems).toEqual([
      { field: 'images', message: '2 images are only on this computer. Firstup shows images from public https addresses: give each one before sending.' },
      { field: 'images', message: '2 images have no alt text. Describe each one for people who use a screen reader.' },
    ]);
  });

  it('takes alt="" as a decorative image in the body, but an empty alt text in the image list as missing', () => {
    expect(preflight(subject({ bodyHtml: '<p>x<img src="https://cdn.example/a.png" alt="" /></p>' }), 'publish')).toEqual([]);
    expect(preflight(subject({ images: [{ url: 'https://cdn.example/a.png', localFileRef: null, altText: '' }] }), 'publish')).toEqual([
      { field: 'images', message: 'An image has no alt text. Describe it for people who use a screen reader.' },
    ]);
  });

  it('checks nothing when moving back to draft or archiving, which send no text', () => {
    expect(preflight(subject({ title: '', topics: [], bodyHtml: '' }), 'draft')).toEqual([]);
    expect(preflight(subject({ title: '', topics: [], bodyHtml: '' }), 'archive')).toEqual([]);
  });
});

describe('workflow actions', () => {
  it('offers review and publish for a draft not on Firstup, nothing while processing, only archive after a failure', () => {
    expect(allowedActions(null)).toEqual(['review', 'publish']);
    expect(allowedActions('processing')).toEqual([]);
    expect(allowedActions('processing_error')).toEqual(['archive']);
    expect(allowedActions('published')).not.toContain('publish');
  });

  it('asks for confirmation before taking a post out of readers’ feeds', () => {
    expect(needsConfirmation('archive', 'draft')).toBe(true);
    expect(needsConfirmation('draft', 'published')).toBe(true);
    expect(needsConfirmation('review', 'draft')).toBe(false);
  });
});
