/** `--seed`: the seeded program is the same every time for the same seed. */
import { describe, expect, it } from 'vitest';
import { contentStates, contentTypes, type SandboxState } from '../../../electron/sandbox/model.js';
import { createSeededState } from '../../../electron/sandbox/seed/seed-state.js';
import { startSandboxHarness } from '../../support/sandbox-harness.js';

/** Seeded timestamps count back from the moment of start, which two harnesses never share. */
const withoutTimes = (state: SandboxState) => ({
  users: state.users,
  audiences: state.audiences,
  topics: state.topics.map(({ created_at: _c, updated_at: _u, ...rest }) => rest),
  posts: state.posts.map(({ created_at: _c, updated_at: _u, published_at: _p, scheduled_at: _s, ...rest }) => rest),
});

describe('seed', () => {
  it('builds the same program from the same seed and time', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(createSeededState(7, now)).toEqual(createSeededState(7, now));
    expect(createSeededState(7, now).topics).not.toEqual(createSeededState(8, now).topics);
  });

  it('gives two harnesses with the same seed equal topics, users and audiences', async () => {
    const [a, b, other] = await Promise.all([startSandboxHarness({ seed: 3 }), startSandboxHarness({ seed: 3 }), startSandboxHarness({ seed: 4 })]);
    try {
      expect(withoutTimes(a.sandbox.runtime.state)).toEqual(withoutTimes(b.sandbox.runtime.state));
      expect(withoutTimes(a.sandbox.runtime.state).users).not.toEqual(withoutTimes(other.sandbox.runtime.state).users);
      const listA = await a.call('GET', '/v2/channels?page.size=100');
      const listB = await b.call('GET', '/v2/channels?page.size=100');
      expect(listA.body.data.map(({ created_at: _c, updated_at: _u, ...rest }: any) => rest)).toEqual(listB.body.data.map(({ created_at: _c, updated_at: _u, ...rest }: any) => rest));
    } finally {
      await Promise.all([a.close(), b.close(), other.close()]);
    }
  });

  it('seeds 40 topics, 5000 users and 30 posts covering every content state and type', async () => {
    const harness = await startSandboxHarness();
    try {
      const { state } = harness.sandbox.runtime;
      expect(state.topics).toHaveLength(40);
      expect(state.users).toHaveLength(5_000);
      expect(state.audiences).toHaveLength(5);
      const { content } = (await harness.call('GET', '/_sandbox/state')).body.data;
      expect(content).toHaveLength(30);
      expect(new Set(content.map((post: any) => post.state))).toEqual(new Set(contentStates));
      expect(new Set(content.map((post: any) => post.content_type))).toEqual(new Set(contentTypes));
      // Posts only sit in live topics.
      const archived = new Set(state.topics.filter((topic) => topic.state === 'archived').map((topic) => topic.id));
      expect(content.flatMap((post: any) => post.channels).some((id: number) => archived.has(id))).toBe(false);
    } finally {
      await harness.close();
    }
  });
});
