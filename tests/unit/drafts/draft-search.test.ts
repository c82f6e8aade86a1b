/**
 * Full-text search over a draft's title, summary and body text: words a
 * reader sees are found, markup is not, ranking favours the title, and no
 * query text can reach the FTS parser as syntax.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'libsql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article, openTestStore, programA, programB, type TestStore } from './draft-test-store.js';

let test: TestStore;
beforeEach(() => {
  test = openTestStore();
});
afterEach(() => test.dispose());

const titles = async (query: string, programId?: string) =>
  (await test.store.search(programId === undefined ? { query } : { query, programId })).hits.map((hit) => hit.title);

describe('draft search', () => {
  it('finds words in the title, the summary and the body text', async () => {
    await test.store.create({ programId: programA, ...article({ title: 'Quarterly results', summary: 'Revenue grew', bodyHtml: '<p>Our <em>subsidiaries</em> in Z&uuml;rich and Gen&#232;ve did well in R&amp;D.</p>' }) });
    expect(await titles('quarterly ')).toEqual(['Quarterly results']);
    expect(await titles('revenue ')).toEqual(['Quarterly results']);
    expect(await titles('subsidiaries ')).toEqual(['Quarterly results']);
    expect(await titles('geneve ')).toEqual(['Quarterly results']);
    expect(await titles('amp ')).toEqual([]);
    expect(await titles('uuml ')).toEqual([]);
  });

  it('never indexes tag names, attribute names or attribute values', async () => {
    await test.store.create({
      programId: programA,
      ...article({ title: 'Markup', bodyHtml: '<p><a href="https://intranet.example/payroll" title="secretword > here">pay</a> <img alt="diagram" src="x.png"> <strong class="loud">text</strong></p>' }),
    });
    for (const hidden of ['href ', 'intranet ', 'payroll ', 'secretword ', 'here ', 'img ', 'diagram ', 'strong ', 'loud ']) expect(await titles(hidden), hidden).toEqual([]);
    expect(await titles('pay text ')).toEqual(['Markup']);
  });

  it('ranks a title match above a body-only match', async () => {
    await test.store.create({ programId: programA, ...article({ title: 'Lunch menu', bodyHtml: '<p>Parking changes next week, and the parking garage closes.</p>' }) });
    await test.store.create({ programId: programA, ...article({ title: 'Parking', bodyHtml: '<p>See the map.</p>' }) });
    expect(await titles('parking ')).toEqual(['Parking', 'Lunch menu']);
  });

  it('requires every word, wherever each one sits in a long draft', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, n) => `<p>Paragraph ${n} about ordinary things, filler text to make the article long.</p>`);
    paragraphs[390] = '<p>The giraffe appears only near the end.</p>';
    await test.store.create({ programId: programA, ...article({ title: 'Safari report', bodyHtml: paragraphs.join('') }) });
    await test.store.create({ programId: programA, ...article({ title: 'Safari menu' }) });
    expect(await titles('safari giraffe ')).toEqual(['Safari report']);
    expect(await titles('safari ')).toHaveLength(2);
  });

  it('matches the word being typed as a prefix, latest created first, and ranks once it is finished', async () => {
    await test.store.create({ programId: programA, ...article({ title: 'Onboarding checklist' }) });
    test.clock.advance(1_000);
    await test.store.create({ programId: programA, ...article({ title: 'Team news', bodyHtml: '<p>Onboarding starts Monday.</p>' }) });
    expect(await titles('onboa')).toEqual(['Team news', 'Onboarding checklist']);
    expect(await titles('onboa ')).toEqual([]);
    expect(await titles('onboarding ')).toEqual(['Onboarding checklist', 'Team news']);
  });

  it('reads quotes, operators and unbalanced syntax as plain words', async () => {
    await test.store.create({ programId: programA, ...article({ title: 'Near and far: AND OR NOT', bodyHtml: '<p>don\'t "quote" me (ever)</p>' }) });
    const queries = ['"', '"unbalanced', "don't", '*', '-far', 'NEAR(near far)', 'near AND', 'OR', '((', ')', 'title:near', '^near', 'a"b"c', '\\', '{near}', '\u0301', '🙂'];
    for (const query of queries) await expect(test.store.search({ query }), query).resolves.toBeDefined();
    expect(await titles('NEAR(near far) ')).toEqual(['Near and far: AND OR NOT']);
    expect(await titles('"quote" ')).toEqual(['Near and far: AND OR NOT']);
    expect(await titles('   ')).toEqual([]);
  });

  it('rebuilds a damaged search index from the drafts instead of failing every save', async () => {
    const draft = await test.store.create({ programId: programA, ...article({ title: 'Resilient index' }) });
    const db = new Database(path.join(test.dataDir, 'drafts.sqlite'));
    db.exec("UPDATE draft_fts_data SET block = randomblob(length(block)) WHERE id > 10");
    db.close();
    await test.store.save({ id: draft.id, baseRevision: 1, content: article({ title: 'Resilient index, saved' }) });
    expect(await titles('resilient ')).toEqual(['Resilient index, saved']);
    expect(test.logger.lines).toContainEqual({ level: 'error', message: 'Drafts store: the search index is damaged; rebuilding it from the drafts' });
  });

  it('keeps the index in step with saves, the trash and programs', async () => {
    const draft = await test.store.create({ programId: programA, ...article({ title: 'Old wording' }) });
    await test.store.create({ programId: programB, ...article({ title: 'Wording elsewhere' }) });
    await test.store.save({ id: draft.id, baseRevision: 1, content: article({ title: 'New phrasing' }) });
    expect(await titles('old ')).toEqual([]);
    expect(await titles('phrasing ')).toEqual(['New phrasing']);
    expect(await titles('wording ', programB)).toEqual(['Wording elsewhere']);
    expect(await titles('wording ', randomUUID())).toEqual([]);
    await test.store.delete(draft.id);
    expect(await titles('phrasing ')).toEqual([]);
  });
});
