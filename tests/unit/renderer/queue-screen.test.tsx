/**
 * The Queue screen over the real core: what it shows for each state of a job,
 * and the controls a person has over them. This core does not send, so a
 * second store handle on the same database plays the runner, step by step.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { openOutboxStore } from '../../../electron/core/outbox/store/outbox-store.js';
import { createMemorySettingsStore } from '../../../electron/core/settings/settings-store.js';
import { createStudioCore } from '../../../electron/core/studio-core.js';
import { buildStudioApi, type StudioApi } from '../../../shared/ipc/studio-api.js';
import { QueueScreen } from '../../../renderer/screens/QueueScreen.js';
import { StudioContext } from '../../../renderer/studio/studio-context.js';
import { unwrap } from '../../../renderer/studio/unwrap.js';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';
import { testAppInfo, testCoreStores } from '../../support/test-core.js';
import { pushedDraft } from './drafts-list-sandbox.js';
import { recordingStudio } from './drafts-list-studio.js';

const RUNNER = `${process.pid}:aaaaaaaaaaaa`;
/** What the preflight asks of a post before it may be queued. */
const READY = { topics: [{ id: 7, name: 'News' }], bodyHtml: '<p>Text</p>' };
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

async function startCore() {
  const stores = testCoreStores();
  const core = createStudioCore({ appInfo: testAppInfo, settingsStore: createMemorySettingsStore(), logger: createMemoryLogger(), ...stores });
  const studio: StudioApi = buildStudioApi({
    invoke: (channel, request) => core.router.invoke(channel, request),
    subscribe: (event, listener) => core.events.subscribe((name, payload) => name === event && listener(payload)),
  });
  const { program } = await unwrap(studio.programs.add({ displayName: 'Acme EU', location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'studio' } }));
  async function queue(titles: string[], when?: number): Promise<string[]> {
    const drafts = await Promise.all(titles.map((title) => unwrap(studio.drafts.create({ programId: program.id, title, ...READY }))));
    const { results } = await unwrap(studio.outbox.enqueue({ draftIds: drafts.map((draft) => draft.id), ...(when === undefined ? { action: 'publish' } : { action: 'schedule', scheduledAt: when }) }));
    return results.map((result) => (result.ok ? result.jobId : ''));
  }
  return { studio, queue, runner: openOutboxStore(stores.drafts) };
}

function show(studio: StudioApi) {
  render(
    <StudioContext value={studio}>
      <QueueScreen />
    </StudioContext>,
  );
}

const item = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;

afterEach(cleanup);

describe('the Queue screen', () => {
  it('says plainly when nothing is queued', async () => {
    const { studio } = await startCore();
    show(studio);
    expect(await screen.findByRole('heading', { level: 2, name: 'Nothing is waiting to be published' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Queue' })).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('shows progress, counts, each post with its step and last error in words, and that sending is not running', async () => {
    const { studio, queue, runner } = await startCore();
    await queue(['Sent already', 'Retry later', 'Refused post', 'Still waiting']);
    const sent = runner.claimNext({ owner: RUNNER, leaseMs: 30_000 })!;
    runner.recordStep(sent.id, RUNNER, { step: 'verify', remoteId: 5001, remoteUuid: 'c0ffee00-0000-4000-8000-000000005001' });
    runner.complete(sent.id, RUNNER);
    runner.claimNext({ owner: RUNNER, leaseMs: 30_000 });
    const retryAt = Date.now() + 60_000;
    runner.scheduleRetry(runner.list().items[1]!.id, RUNNER, { at: retryAt, error: { code: 'server_error', message: 'Firstup answered 503' } });
    const refused = runner.claimNext({ owner: RUNNER, leaseMs: 30_000 })!;
    runner.needsAttention(refused.id, RUNNER, { code: 'validation', message: 'Firstup refused the post: a topic is required.' });

    show(studio);
    expect(await screen.findByRole('heading', { level: 2, name: '1 of 4 posts finished' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '1 of 4 posts finished' }).getAttribute('value')).toBe('1');
    const counts = screen.getByText('Waiting to retry', { selector: 'dt' }).closest('dl')!;
    expect(counts.textContent).toContain('Queued1');
    expect(counts.textContent).toContain('Waiting to retry1');
    expect(counts.textContent).toContain('Needs attention1');
    expect(counts.textContent).toContain('Done1');
    expect(within(item('Sent already')).getByText('Done — post 5001 on Firstup')).toBeTruthy();
    expect(within(item('Sent already')).queryByRole('button', { name: /Pause|Cancel|Retry/ })).toBeNull();
    expect(screen.getByText(/Sending is switched off in this copy of Content Studio/)).toBeTruthy();

    expect(within(item('Retry later')).getByText(`Waiting to retry at ${clock.format(retryAt)} — Firstup answered 503`)).toBeTruthy();
    expect(within(item('Refused post')).getByText('Needs attention while creating the post — Firstup refused the post: a topic is required.')).toBeTruthy();
    expect(within(item('Still waiting')).getByText('Queued — next: creating the post')).toBeTruthy();
    expect(within(item('Refused post')).getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(within(item('Still waiting')).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('pauses one post and resumes all, and the list follows the core', async () => {
    const { studio, queue } = await startCore();
    await queue(['First', 'Second']);
    show(studio);
    await screen.findByRole('link', { name: 'First' });

    fireEvent.click(within(item('First')).getByRole('button', { name: 'Pause' }));
    expect(await within(item('First')).findByText('Paused — next: creating the post')).toBeTruthy();
    expect(within(item('Second')).getByText('Queued — next: creating the post')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Paused.');

    fireEvent.click(screen.getByRole('button', { name: 'Resume all' }));
    expect(await within(item('First')).findByText('Queued — next: creating the post')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Resumed 1 post.');
    expect(screen.getByRole('button', { name: 'Resume all' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('asks before cancelling, warns that a post may already be on Firstup, and can retry it afterwards', async () => {
    const { studio, queue, runner } = await startCore();
    await queue(['Half sent']);
    const claimed = runner.claimNext({ owner: RUNNER, leaseMs: 30_000 })!;
    runner.release(claimed.id, RUNNER);
    show(studio);
    await screen.findByRole('link', { name: 'Half sent' });

    fireEvent.click(within(item('Half sent')).getByRole('button', { name: 'Cancel…' }));
    const confirm = within(item('Half sent')).getByRole('group', { name: 'Cancel sending “Half sent”?' });
    expect(confirm.textContent).toContain('the post may already exist on Firstup');
    expect(document.activeElement?.textContent).toBe('Cancel');

    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel sending' }));
    expect(await within(item('Half sent')).findByText(/Cancelled after sending had started — the post may already be on Firstup/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '1 of 1 post finished' })).toBeTruthy();
    expect(document.activeElement).toBe(within(item('Half sent')).getByRole('button', { name: 'Retry' }));

    fireEvent.click(within(item('Half sent')).getByRole('button', { name: 'Retry' }));
    expect(await within(item('Half sent')).findByText('Queued — next: creating the post')).toBeTruthy();
  });

  it('says when a scheduled post will be published, and that Content Studio must be running then', async () => {
    const { studio, queue } = await startCore();
    const at = new Date(2099, 5, 1, 9, 30).getTime();
    await queue(['Monday memo'], at);
    show(studio);
    const status = await within(await screen.findByRole('listitem')).findByText(/^Scheduled — /);
    expect(status.textContent).toBe(`Scheduled — Content Studio publishes it at ${dayAndClock.format(at)} if it is running then, or as soon as it starts after that`);
    expect(within(item('Monday memo')).getByText(`Publish at ${dayAndClock.format(at)} · revision 1`)).toBeTruthy();
    expect(within(item('Monday memo')).getByText('Scheduled', { selector: '.queue-item-state' })).toBeTruthy();
    expect(screen.getByText(/One post is scheduled\. Content Studio publishes it itself, so it\s+must be running at that time/)).toBeTruthy();
  });

  it('shows a change made in another window without being asked', async () => {
    const { studio, queue } = await startCore();
    await queue(['Elsewhere']);
    show(studio);
    await screen.findByRole('link', { name: 'Elsewhere' });

    await act(async () => {
      await unwrap(studio.outbox.pause({ all: true }));
    });
    expect(await within(item('Elsewhere')).findByText('Paused — next: creating the post')).toBeTruthy();
  });
});

describe('a post the queue already has on Firstup', () => {
  it('says which post it updates and finds its link on Firstup only when asked', async () => {
    const harness = await startCoreWithSandbox();
    try {
      const draft = await pushedDraft(harness, { title: 'Already posted', bodyHtml: '<p>Hello</p>' });
      const { studio, requestsTo } = recordingStudio(harness.core);
      await unwrap(studio.outbox.enqueue({ draftIds: [draft.id], action: 'publish' }));
      show(studio);

      expect(await within(await screen.findByRole('listitem')).findByText(`Queued — next: updating post ${draft.remote.id}`)).toBeTruthy();
      expect(requestsTo('content.get')).toEqual([]);
      fireEvent.click(screen.getByRole('button', { name: 'Find the post on Firstup' }));
      const link = await screen.findByRole('link', { name: `Open post ${draft.remote.id} in Firstup (new tab)` });
      expect(link.getAttribute('target')).toBe('_blank');
      expect(requestsTo('content.get')).toEqual([{ programId: draft.programId, contentId: draft.remote.id }]);
      const onFirstup = await unwrap(studio.content.get({ programId: draft.programId, contentId: draft.remote.id }));
      expect(link.getAttribute('href')).toBe(onFirstup.permalinkUrl);
      expect(onFirstup.permalinkUrl).toMatch(/^https:/);
    } finally {
      cleanup();
      await harness.close();
    }
  });
});

describe('a program Firstup holds back', () => {
  it('says why sending waits and when it resumes, in one sentence', async () => {
    const harness = await startCoreWithSandbox({ runOutbox: true });
    try {
      harness.sandbox.faults.set([{ method: 'POST', path: '/v2/content', fault: 429, retry_after: 600, times: 1 }]);
      const studio = buildStudioApi({
        invoke: (channel, request) => harness.core.router.invoke(channel, request),
        subscribe: (event, listener) => harness.core.events.subscribe((name, payload) => name === event && listener(payload)),
      });
      const draft = await unwrap(studio.drafts.create({ programId: SANDBOX_PROGRAM_ID, title: 'Held back', ...READY }));
      await unwrap(studio.outbox.enqueue({ draftIds: [draft.id], action: 'publish' }));
      show(studio);
      const note = await screen.findByText(/^Firstup asked for fewer requests; sending resumes at /, {}, { timeout: 10_000 });
      const { pausedPrograms } = await unwrap(studio.outbox.summary());
      expect(note.textContent).toBe(`Firstup asked for fewer requests; sending resumes at ${clock.format(pausedPrograms[0]!.until!)}.`);
    } finally {
      cleanup();
      await harness.close();
    }
  });
});
