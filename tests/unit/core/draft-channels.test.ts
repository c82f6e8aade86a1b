/** The drafts channels as the studio calls them: offline, through the router, acknowledged only after commit. */
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraftContent } from '../../../shared/drafts/draft-schema.js';
import { createTestCore } from '../../support/test-core.js';

let harness: ReturnType<typeof createTestCore>;
let programId: string;
let otherProgramId: string;

async function data(channel: string, payload: unknown = {}): Promise<any> {
  const result = await harness.core.router.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

beforeEach(async () => {
  harness = createTestCore();
  const add = (displayName: string) =>
    data('programs.add', { displayName, location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'studio' } });
  programId = (await add('Acme EU')).program.id;
  otherProgramId = (await add('Acme staging')).program.id;
});

describe('drafts over IPC', () => {
  it('creates, saves with an acknowledgement, and refuses a save based on an old revision', async () => {
    const draft = await data('drafts.create', { programId, title: 'Quarterly update' });
    expect(draft).toMatchObject({ programId, title: 'Quarterly update', revision: 1, syncStatus: 'local_only' });

    const content = { ...emptyDraftContent, title: 'Quarterly update', bodyHtml: '<p>Revenue grew <script>alert(1)</script>strongly.</p>' };
    const ack = await data('drafts.save', { id: draft.id, baseRevision: 1, content });
    expect(ack).toMatchObject({ id: draft.id, revision: 2 });
    const stored = await data('drafts.get', { id: draft.id });
    expect(stored.bodyHtml).toBe('<p>Revenue grew strongly.</p>');

    const stale = await harness.core.router.invoke('drafts.save', { id: draft.id, baseRevision: 1, content: { ...content, title: 'Lost?' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'draft_conflict' } });
    expect((await data('drafts.get', { id: draft.id })).title).toBe('Quarterly update');
    expect(harness.emitted.filter((entry) => entry.event === 'drafts.changed').length).toBeGreaterThanOrEqual(2);
  });

  it('lists and searches body text', async () => {
    const draft = await data('drafts.create', { programId, title: 'Benefits', bodyHtml: '<p>Open enrolment starts Monday</p>' });
    await data('drafts.create', { programId, title: 'Unrelated' });
    expect((await data('drafts.list', { programId })).items).toHaveLength(2);
    const found = await data('drafts.search', { query: 'enrolment' });
    expect(found.hits.map((hit: any) => hit.id)).toEqual([draft.id]);
  });

  it('answers an unknown revision with not_found and changes nothing', async () => {
    const draft = await data('drafts.create', { programId, title: 'Kept' });
    const result = await harness.core.router.invoke('drafts.restoreRevision', { id: draft.id, revisionId: 999, baseRevision: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await data('drafts.get', { id: draft.id })).toMatchObject({ title: 'Kept', revision: 1 });
  });

  it('refuses a draft for a program the studio does not know', async () => {
    const result = await harness.core.router.invoke('drafts.create', { programId: '11111111-2222-4333-8444-555555555555', title: 'Orphan' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('imports several files, one broken, and exports a draft as Markdown with its images', async () => {
    const imported = await data('drafts.import', {
      programId,
      files: [
        { name: 'launch.md', contentBase64: base64('# Launch day\n\nWe ship ![the team](https://images.example.com/team.jpg).') },
        { name: 'broken.md', contentBase64: Buffer.from([0xff, 0xfe, 0xfd]).toString('base64') },
        { name: 'notes.txt', contentBase64: base64('plain') },
      ],
    });
    expect(imported.results.map((result: any) => result.ok)).toEqual([true, false, false]);
    expect(imported.results[1].message).toMatch(/UTF-8/i);

    const draft = await data('drafts.get', { id: imported.results[0].draftId });
    expect(draft).toMatchObject({ title: 'Launch day', images: [{ url: 'https://images.example.com/team.jpg', altText: 'the team' }] });
    const exported = await data('drafts.export', { id: draft.id, format: 'markdown' });
    expect(exported.fileName).toMatch(/\.md$/);
    expect(exported.content).toContain('![the team](https://images.example.com/team.jpg)');
  });

  it('moves a draft to another program as a local copy, and the trash gives it back', async () => {
    const draft = await data('drafts.create', { programId, title: 'Travel policy' });
    const moved = await data('drafts.moveToProgram', { id: draft.id, programId: otherProgramId });
    expect(moved).toMatchObject({ programId: otherProgramId, title: 'Travel policy', remote: null, syncStatus: 'local_only' });
    expect(moved.id).not.toBe(draft.id);

    await data('drafts.delete', { id: moved.id });
    expect((await harness.core.router.invoke('drafts.get', { id: moved.id })).ok).toBe(false);
    expect((await data('drafts.restoreFromTrash', { id: moved.id })).title).toBe('Travel policy');
  });

  it('reports how the drafts database opened', async () => {
    expect(await data('drafts.storeStatus')).toMatchObject({ restoredFromBackup: false });
  });
});
