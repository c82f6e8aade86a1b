/**
 * The media steps: images with public addresses and videos added while the
 * draft was local reach the post once each, even when an answer is lost.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PROCESSING_CHECKS } from '../../../electron/core/outbox/runner/state-steps.js';
import { publish, RUNNER_A } from './outbox-store-fixture.js';
import { startRunnerTest, TOPIC, type RunnerTest } from './outbox-runner-fixture.js';

let test: RunnerTest;
beforeEach(async () => {
  test = await startRunnerTest();
});
afterEach(() => test.close());

const image = (name: string) => ({ url: `https://images.example/${name}.jpg`, localFileRef: null, altText: `Picture ${name}` });

describe('the outbox runner with images and videos', () => {
  it('attaches each image once, even when the answer to one was lost', async () => {
    const draft = await test.outbox.draft({ title: 'With pictures', topics: [TOPIC], images: [image('a'), image('b')] });
    const [jobId] = publish(test.outbox.outbox, draft);
    await test.inject({ method: 'PUT', path: '/v2/content/*/images', fault: 'commit-then-drop', times: 1 });
    await test.runToRest(test.runner(RUNNER_A));
    expect(test.outbox.outbox.get(jobId!)?.state).toBe('done');
    expect(test.outbox.outbox.events(jobId!).some((event) => event.step === 'images' && event.note.includes('(unknown_outcome)'))).toBe(true);
    expect(await test.postsMarked(jobId!)).toMatchObject([{ state: 'published', images: 2 }]);
    const post = await test.client.getContent(test.outbox.outbox.get(jobId!)!.remoteId!);
    expect(post.images.map((attached) => attached.url).sort()).toEqual([image('a').url, image('b').url]);
  });

  it('adds a pending video, puts its player in the body, and records its id in the draft', async () => {
    const url = 'https://videos.example/launch.mp4';
    const draft = await test.outbox.draft({ title: 'With a video', topics: [TOPIC], bodyHtml: `<p>Watch</p><div data-video-url="${url}"></div>` });
    const [jobId] = publish(test.outbox.outbox, draft);
    await test.runToRest(test.runner(RUNNER_A));
    expect(test.outbox.outbox.get(jobId!)).toMatchObject({ state: 'done', lastError: null });
    expect(await test.postsMarked(jobId!)).toMatchObject([{ state: 'published', videos: 1 }]);
    const post = await test.client.getContent(test.outbox.outbox.get(jobId!)!.remoteId!);
    expect(post.body).toContain('<iframe');
    const after = await test.outbox.drafts.get(draft.id);
    expect(after.videos).toMatchObject([{ url }]);
    expect(after.bodyHtml).toContain(`data-video-id="${after.videos[0]!.videoId}"`);
    // Our own commit of the video id is not mistaken for the person's edit.
    expect(after.syncStatus).toBe('in_sync');
  });

  it('stops for a person when Firstup keeps a post in processing, instead of checking for ever', async () => {
    const draft = await test.outbox.draft({ title: 'Never ready', topics: [TOPIC] });
    const [jobId] = publish(test.outbox.outbox, draft);
    // Firstup answers every read of the post as still processing.
    const stuck = { ...test.client, getContent: async (...args: Parameters<typeof test.client.getContent>) => ({ ...(await test.client.getContent(...args)), state: 'processing' as const }) };
    await test.runToRest(test.runner(RUNNER_A, { clientFor: () => stuck }));
    const job = test.outbox.outbox.get(jobId!);
    expect(job).toMatchObject({ state: 'needs_attention', step: 'verify', lastError: { code: 'processing', message: expect.stringContaining('processing this post for a long time') } });
    expect(test.outbox.outbox.events(jobId!).filter((event) => event.toState === 'waiting_retry' && event.step === 'verify')).toHaveLength(MAX_PROCESSING_CHECKS - 1);
    expect(await test.postsMarked(jobId!)).toHaveLength(1);
  });
});
