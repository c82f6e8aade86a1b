import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;
let manager: string;

beforeEach(async () => {
  harness = await startSandboxHarness();
  manager = harness.tokenFor('manager');
});

afterEach(() => harness.close());

const update = (id: number | string, body: unknown, token = manager) => harness.call('PUT', `/v2/channels/${id}`, { token, body });
const stored = (id: number) => structuredClone(harness.sandbox.runtime.state.topics.find((topic) => topic.id === id)!);

describe('PUT /v2/channels/{channel_id}', () => {
  it('changes only the fields given and moves updated_at', async () => {
    const before = stored(102);
    harness.sandbox.runtime.clock.advance(3_600);
    const reply = await update(102, { description: '  New words.  ', promoted: true, state: 'hidden' });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toMatchObject({
      id: 102,
      name: before.name,
      description: 'New words.',
      promoted: true,
      state: 'hidden',
      auto_publish: before.auto_publish,
      groups: before.groups,
      contributors: before.contributors,
      follower_count: before.follower_ids.length,
      created_at: before.created_at,
    });
    expect(Date.parse(reply.body.data.updated_at) - Date.parse(before.updated_at)).toBeGreaterThanOrEqual(3_600_000);

    const listed = await harness.call('GET', '/v2/channels?filter.state=hidden&page.size=100');
    expect(listed.body.data.find((topic: any) => topic.id === 102)).toEqual(reply.body.data);
  });

  it('takes an empty body as no change', async () => {
    const before = stored(103);
    const reply = await update(103, {});
    expect(reply.status).toBe(200);
    expect(reply.body.data).toMatchObject({ name: before.name, description: before.description, state: before.state });
  });

  it('replaces groups and contributors whole', async () => {
    const reply = await update(104, { groups: ['sales'], contributors: [] });
    expect(reply.body.data).toMatchObject({ groups: ['sales'], contributors: [] });
  });

  it('refuses a publisher and a member with 403 and changes nothing', async () => {
    const before = stored(102);
    for (const role of ['publisher', 'member'] as const) {
      const reply = await update(102, { name: 'Taken Over' }, harness.tokenFor(role));
      expect(reply.status, role).toBe(403);
      expect(reply.body.errors[0].message).toContain('program manager');
    }
    expect(stored(102)).toEqual(before);
  });

  it.each(['9999', 'abc', '101.5', '-101', '1e2', '%20101'])('answers 404 for channel id %s', async (id) => {
    const reply = await update(id, { name: 'Nowhere' });
    expect(reply.status).toBe(404);
    expect(reply.body.errors[0]).toMatchObject({ status: 404, code: 'not_found' });
  });

  it.each<[string, unknown, string]>([
    ['a 31-character name', { name: 'y'.repeat(31) }, 'name'],
    ['a null name', { name: null }, 'name'],
    ['a blank description', { description: ' ' }, 'description'],
    ['an unknown state', { state: 'gone' }, 'state'],
    ['a string boolean', { targeted: 'yes' }, 'targeted'],
    ['an unknown group', { groups: ['nobody'] }, 'groups'],
    ['an unknown contributor', { contributors: [0] }, 'contributors'],
    ['an unknown key', { id: 5 }, 'id'],
  ])('refuses %s with 400 and changes nothing', async (_label, body, field) => {
    const before = stored(105);
    const reply = await update(105, { description: 'Would change.', ...(body as object) });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ code: 'validation_failed', field });
    expect(stored(105)).toEqual(before);
  });

  it('refuses a rename or un-archiving that clashes, and allows a change of case', async () => {
    const rename = await update(102, { name: 'COMPANY NEWS' });
    expect(rename.status).toBe(400);
    expect(rename.body.errors[0].field).toBe('name');
    expect((await update(101, { name: 'COMPANY NEWS' })).body.data.name).toBe('COMPANY NEWS');

    // 138 "Hackathon" is archived; a live "Hackathon" now holds the name.
    expect((await harness.call('POST', '/v2/channels', { token: manager, body: { name: 'hackathon', description: 'Live.' } })).status).toBe(201);
    const unarchive = await update(138, { state: 'published' });
    expect(unarchive.status).toBe(400);
    expect(unarchive.body.errors[0].field).toBe('name');
    expect(stored(138).state).toBe('archived');
    expect((await update(138, { state: 'published', name: 'Hackathon 2019' })).status).toBe(200);
  });

  it('has the audience follow once auto-follow is on, keeping earlier followers', async () => {
    const before = stored(105);
    expect(before.auto_follow).toBe(false);
    const europe = harness.sandbox.runtime.state.audiences.find((audience) => audience.id === 'europe')!.member_ids;
    const reply = await update(105, { auto_follow: true, groups: ['europe'] });
    const after = stored(105).follower_ids;
    expect(reply.body.data.follower_count).toBe(after.length);
    expect(after).toEqual(expect.arrayContaining([...before.follower_ids, ...europe]));
    expect(after).toHaveLength(new Set([...before.follower_ids, ...europe]).size);

    const off = await update(105, { auto_follow: false });
    expect(off.body.data.follower_count).toBe(after.length);
  });

  it('offers no GET for one topic (none is documented)', async () => {
    const reply = await harness.call('GET', '/v2/channels/101');
    expect(reply.status).toBe(405);
  });
});
