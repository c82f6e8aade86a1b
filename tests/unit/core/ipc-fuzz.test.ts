/**
 * Every channel of the contract against malformed payloads: each must come
 * back as a typed error, with no crash, no write and no event. A new channel
 * without a valid sample below fails the first test, so nobody skips this.
 */
import { describe, expect, it } from 'vitest';
import { channelNames, channels, type ChannelName } from '../../../shared/ipc/contract.js';
import { studioErrorCodes } from '../../../shared/ipc/studio-error.js';
import { createTestCore } from '../../support/test-core.js';

const programId = '0b6f8f5e-8f0a-4c55-9d9e-6f6f4b1b2a10';
const draftId = '6d0c7b2e-3f4a-4b5c-8d9e-0a1b2c3d4e5f';
const jobId = '3c9e1a7d-2b4f-4e6a-9c8d-1f2e3d4c5b6a';
const content = {
  contentType: 'article',
  title: 'Hello',
  summary: '',
  bodyHtml: '<p>Hi</p>',
  linkUrl: null,
  topics: [{ id: 101, name: 'Company News' }],
  images: [],
  videos: [],
  author: { userId: null, displayName: null },
  visibility: null,
  featured: false,
};

const validSamples: Record<ChannelName, Record<string, unknown>> = {
  'app.info': {},
  'app.readyToClose': {},
  'settings.get': {},
  'settings.set': { theme: 'dark', spellCheckLanguages: ['en-GB'], autosaveDelaySeconds: 2 },
  'programs.list': {},
  'programs.add': { displayName: 'Acme EU', location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'acme-desktop' } },
  'programs.remove': { programId },
  'programs.signIn': { programId, clientSecret: 'typed-by-an-admin' },
  'programs.signOut': { programId },
  'programs.status': { programId },
  'topics.list': { programId, state: ['published'], page: { number: 1, size: 20 } },
  'topics.create': { programId, name: 'Company News', description: 'News.' },
  'topics.update': { programId, topicId: 101, name: 'Company news' },
  'drafts.create': { programId, title: 'A new draft' },
  'drafts.get': { id: draftId },
  'drafts.save': { id: draftId, baseRevision: 1, content },
  'drafts.delete': { id: draftId },
  'drafts.restoreFromTrash': { id: draftId },
  'drafts.list': { programId, contentType: 'article', limit: 20 },
  'drafts.search': { query: 'hello', limit: 10 },
  'drafts.moveToProgram': { id: draftId, programId },
  'drafts.revisions': { id: draftId },
  'drafts.restoreRevision': { id: draftId, revisionId: 1, baseRevision: 1 },
  'drafts.storeStatus': {},
  'drafts.import': { programId, files: [{ name: 'note.md', contentBase64: 'IyBIZWxsbw==' }] },
  'drafts.export': { id: draftId, format: 'markdown' },
  'drafts.push': { id: draftId },
  'drafts.pull': { programId, contentId: 5001 },
  'drafts.resolveConflict': { id: draftId, choice: 'keep_mine' },
  'drafts.compareConflict': { id: draftId },
  'drafts.transition': { id: draftId, action: 'publish' },
  'videos.add': { draftId, url: 'https://videos.example.com/town-hall.mp4' },
  'media.addLocalImage': { fileName: 'chart.png', contentBase64: 'iVBORw0KGgo=' },
  'media.readLocalImage': { ref: 'studio-local:0f8fad5b-d9cb-469f-a165-70867728950e' },
  'reach.forTopics': { programId, topicIds: [101, 102] },
  'outbox.enqueue': { draftIds: [draftId], action: 'schedule', scheduledAt: 4_102_444_800_000 },
  'outbox.check': { draftIds: [draftId], action: 'publish' },
  'outbox.list': { states: ['queued', 'needs_attention'], offset: 0, limit: 50 },
  'outbox.summary': {},
  'outbox.pause': { jobIds: [jobId] },
  'outbox.resume': { all: true },
  'outbox.cancel': { jobId },
  'outbox.retry': { jobId },
  'outbox.events': { jobId },
  'content.list': { programId, state: ['draft'], contentType: ['article'], topicIds: [101], page: { number: 2, size: 50 } },
  'content.get': { programId, contentId: 5001 },
  'reach.get': { programId, contentId: 5001 },
  'comments.list': { programId, contentId: 5001, commentId: '70001', page: { size: 10 } },
};

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

const wrongValues: unknown[] = [null, undefined, 42, Number.NaN, Infinity, true, 'text', TEN_MB, [], [1, 2], {}, { nested: { deep: [] } }, () => 1, Symbol('s'), 10n];

function malformedPayloads(name: ChannelName, sample: Record<string, unknown>): [string, unknown][] {
  const cases: [string, unknown][] = [
    ['null', null],
    ['a number', 7],
    ['NaN', Number.NaN],
    ['a string', 'settings'],
    ['a 10 MB string', TEN_MB],
    ['an array', [sample]],
    ['an extra key', { ...sample, extra: 1 }],
    ['a 10 MB extra key', { ...sample, [TEN_MB.slice(0, 1000)]: TEN_MB }],
    ['an own __proto__ key', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(sample).slice(1, -1) || '"x": 1'}}`)],
    ['a constructor.prototype key', { ...sample, constructor: { prototype: { polluted: true } } }],
    ['an object with a getter that throws', Object.defineProperty({ ...sample }, 'boom', { enumerable: true, get: () => { throw new Error('boom'); } })],
  ];
  for (const key of Object.keys(sample)) {
    for (const value of wrongValues) {
      if (typeof value === typeof sample[key] && value !== TEN_MB) continue;
      // An optional key given as undefined is as good as absent (structured clone keeps such keys).
      if (value === undefined && channels[name].request.safeParse({ ...sample, [key]: undefined }).success) continue;
      cases.push([`${key} = ${typeof value === 'string' ? `string(${value.length})` : String(value)}`, { ...sample, [key]: value }]);
    }
    const { [key]: _missing, ...withoutKey } = sample;
    if (Object.keys(withoutKey).length > 0 && !channels[name].request.safeParse(withoutKey).success) cases.push([`missing ${key}`, withoutKey]);
  }
  return cases;
}

describe('IPC fuzz', () => {
  it('has a valid sample for every channel, and each sample passes validation', async () => {
    expect(Object.keys(validSamples).sort()).toEqual([...channelNames].sort());
    const { core } = createTestCore();
    for (const name of channelNames) {
      const result = await core.router.invoke(name, validSamples[name]);
      // Samples name a program or draft this core does not have: they get past validation to `not_found`.
      if (!result.ok) expect(result.error.code, name).toBe('not_found');
    }
  });

  for (const name of channelNames) {
    it(`${name}: malformed payloads get a typed error and change nothing`, async () => {
      const { core, writes, emitted } = createTestCore();
      const programsBefore = await core.router.invoke('programs.list', {});
      const draftsBefore = await core.router.invoke('drafts.list', {});
      for (const [label, payload] of malformedPayloads(name, validSamples[name])) {
        const result = await core.router.invoke(name, payload);
        expect(result.ok, `${name} accepted ${label}`).toBe(false);
        if (!result.ok) {
          expect(studioErrorCodes, label).toContain(result.error.code);
          expect(result.error.code, label).toBe('invalid_request');
          expect(JSON.stringify(result).length, `${label}: error echoes the payload`).toBeLessThan(10_000);
        }
      }
      expect(writes).toEqual([]);
      expect(emitted).toEqual([]);
      expect(await core.router.invoke('programs.list', {})).toEqual(programsBefore);
      expect(await core.router.invoke('drafts.list', {})).toEqual(draftsBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('answers garbage channel names with a typed error', async () => {
    const { core } = createTestCore();
    for (const channel of [undefined, null, 42, {}, [], 'app', 'app.info.extra', 'APP.INFO', TEN_MB, '__proto__']) {
      const result = await core.router.invoke(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(JSON.stringify(result).length).toBeLessThan(1_000);
    }
  });
});
