import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;
let manager: string;

beforeEach(async () => {
  harness = await startSandboxHarness();
  manager = harness.tokenFor('manager');
});

afterEach(() => harness.close());

const create = (body: unknown, token = manager) => harness.call('POST', '/v2/channels', { token, body });

describe('POST /v2/channels', () => {
  it('creates a topic with defaults, numbered from next_ids.topic, and lists it', async () => {
    const now = harness.sandbox.runtime.clock.nowIso();
    const reply = await create({ name: '  Team Radio  ', description: 'Weekly updates.' });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      data: {
        id: 201,
        name: 'Team Radio',
        description: 'Weekly updates.',
        state: 'published',
        auto_publish: false,
        auto_follow: false,
        recommended: false,
        targeted: false,
        user_submittable: false,
        promoted: false,
        groups: [],
        contributors: [],
        follower_count: 0,
        created_at: reply.body.data.created_at,
        updated_at: reply.body.data.created_at,
      },
    });
    expect(Date.parse(reply.body.data.created_at)).toBeGreaterThanOrEqual(Date.parse(now));
    expect(harness.sandbox.runtime.state.next_ids.topic).toBe(202);

    const second = await create({ name: 'Team Radio 2', description: 'More.' });
    expect(second.body.data.id).toBe(202);
    const list = await harness.call('GET', '/v2/channels?page.size=100', { token: harness.tokenFor('member') });
    expect(list.body.meta.pagination.total_records).toBe(42);
    expect(list.body.data.find((topic: any) => topic.id === 201)).toEqual(reply.body.data);
  });

  it('takes every documented field', async () => {
    const body = {
      name: 'Engineering Only',
      description: 'For engineers.',
      state: 'hidden',
      auto_publish: true,
      auto_follow: false,
      recommended: true,
      targeted: true,
      user_submittable: true,
      promoted: true,
      groups: ['engineering', 'europe', 'engineering'],
      contributors: [3, 2, 3],
    };
    const reply = await create(body, harness.tokenFor('service'));
    expect(reply.status).toBe(201);
    // An id given twice counts once.
    expect(reply.body.data).toMatchObject({ ...body, groups: ['engineering', 'europe'], contributors: [3, 2] });
  });

  it('has the audience follow an auto-follow topic: its groups, or everyone', async () => {
    const { audiences } = harness.sandbox.runtime.state;
    const sales = audiences.find((audience) => audience.id === 'sales')!.member_ids;
    const managers = audiences.find((audience) => audience.id === 'managers')!.member_ids;
    const targeted = await create({ name: 'Sales Floor', description: 'Sales.', auto_follow: true, groups: ['sales', 'managers'] });
    expect(targeted.body.data.follower_count).toBe(new Set([...sales, ...managers]).size);
    const everyone = await create({ name: 'All Hands', description: 'Everyone.', auto_follow: true });
    expect(everyone.body.data.follower_count).toBe(5_000);
  });

  it.each([
    ['publisher', 'the program manager role'],
    ['member', 'the program manager role'],
  ] as const)('refuses a %s with 403 and says why', async (role, message) => {
    const reply = await create({ name: 'Not Allowed', description: 'No.' }, harness.tokenFor(role));
    expect(reply.status).toBe(403);
    expect(reply.body.errors[0]).toMatchObject({ status: 403, code: 'forbidden' });
    expect(reply.body.errors[0].message).toContain(message);
    expect(harness.sandbox.runtime.state.topics).toHaveLength(40);
  });

  const valid = { name: 'Valid Name', description: 'Valid.' };
  it.each<[string, unknown, string | undefined, RegExp]>([
    ['a 31-character name', { ...valid, name: 'x'.repeat(31) }, 'name', /at most 30/],
    ['a blank name', { ...valid, name: '   ' }, 'name', /blank/],
    ['no name', { description: 'Valid.' }, 'name', /required/],
    ['a numeric name', { ...valid, name: 42 }, 'name', /string/],
    ['no description', { name: 'Valid Name' }, 'description', /required/],
    ['a 501-character description', { ...valid, description: 'd'.repeat(501) }, 'description', /at most 500/],
    ['a null description', { ...valid, description: null }, 'description', /string/],
    ['an unknown state', { ...valid, state: 'deleted' }, 'state', /one of: active, published, hidden, available, archived/],
    ['a string boolean', { ...valid, auto_publish: 'true' }, 'auto_publish', /true or false/],
    ['a numeric boolean', { ...valid, promoted: 1 }, 'promoted', /true or false/],
    ['groups as a string', { ...valid, groups: 'engineering' }, 'groups', /array/],
    ['a numeric group', { ...valid, groups: [1] }, 'groups', /strings/],
    ['an unknown group', { ...valid, groups: ['engineering', 'marketing'] }, 'groups', /"marketing"/],
    ['a string contributor', { ...valid, contributors: ['2'] }, 'contributors', /whole numbers/],
    ['a fractional contributor', { ...valid, contributors: [2.5] }, 'contributors', /whole numbers/],
    ['an unknown contributor', { ...valid, contributors: [2, 99_999] }, 'contributors', /99999/],
    ['an unknown key', { ...valid, auto_folow: true }, 'auto_folow', /no field "auto_folow"/],
    ['the read-only follower_count', { ...valid, follower_count: 3 }, 'follower_count', /no field/],
    ['an array body', [valid], undefined, /JSON object/],
    ['a null body', null, undefined, /JSON object/],
  ])('refuses %s with 400 and creates nothing', async (_label, body, field, message) => {
    const reply = await create(body);
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors[0]).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(reply.body.errors[0].field).toBe(field);
    expect(reply.body.errors[0].message).toMatch(message);
    expect(harness.sandbox.runtime.state.topics).toHaveLength(40);
    expect(harness.sandbox.runtime.state.next_ids.topic).toBe(201);
  });

  it('accepts a 30-character name', async () => {
    const reply = await create({ ...valid, name: 'x'.repeat(30) });
    expect(reply.status).toBe(201);
  });

  it('refuses malformed JSON with 400 invalid_json', async () => {
    const reply = await harness.call('POST', '/v2/channels', { token: manager, rawBody: '{"name": "x"', headers: { 'Content-Type': 'application/json' } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].code).toBe('invalid_json');
  });

  it('keeps names unique among topics that are not archived, ignoring case', async () => {
    const clash = await create({ name: 'company NEWS', description: 'Again.' });
    expect(clash.status).toBe(400);
    expect(clash.body.errors[0]).toMatchObject({ field: 'name' });
    expect(clash.body.errors[0].message).toContain('101');

    // "Hackathon" (138) is archived, so its name is free; an archived newcomer clashes with nobody.
    expect((await create({ name: 'Hackathon', description: 'Back again.' })).status).toBe(201);
    expect((await create({ name: 'Company News', description: 'Old copy.', state: 'archived' })).status).toBe(201);
  });
});
