import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { EventBus } from '../ipc/event-bus.js';
import type { Handlers } from '../ipc/router.js';
import { exportDraft } from './draft-export.js';
import { importFiles } from './draft-import.js';
import type { DraftStore } from './draft-store.js';

type DraftChannels =
  | 'drafts.create'
  | 'drafts.get'
  | 'drafts.save'
  | 'drafts.delete'
  | 'drafts.restoreFromTrash'
  | 'drafts.list'
  | 'drafts.search'
  | 'drafts.moveToProgram'
  | 'drafts.revisions'
  | 'drafts.restoreRevision'
  | 'drafts.storeStatus'
  | 'drafts.import'
  | 'drafts.export';

/**
 * Every draft operation works offline: nothing here touches the network.
 * `programExists` reads the local program list, so a draft is never filed
 * under a program the studio does not know.
 */
export function createDraftHandlers(store: DraftStore, bus: EventBus, programExists: (programId: string) => boolean): Pick<Handlers, DraftChannels> {
  const changed = (...ids: string[]) => bus.emit('drafts.changed', { ids });
  const requireProgram = (programId: string) => {
    if (!programExists(programId)) throw new StudioError('not_found', 'That program is no longer in Content Studio.');
  };
  return {
    'drafts.create': async (input) => {
      requireProgram(input.programId);
      const draft = await store.create(input);
      changed(draft.id);
      return draft;
    },
    'drafts.get': ({ id }) => store.get(id),
    'drafts.save': async (input) => {
      const ack = await store.save(input);
      changed(ack.id);
      return ack;
    },
    'drafts.delete': async ({ id }) => {
      await store.delete(id);
      changed(id);
      return {};
    },
    'drafts.restoreFromTrash': async ({ id }) => {
      const draft = await store.restoreFromTrash(id);
      changed(id);
      return draft;
    },
    'drafts.list': (request) => store.list(request),
    'drafts.search': (request) => store.search(request),
    'drafts.moveToProgram': async (input) => {
      requireProgram(input.programId);
      const copy = await store.moveToProgram(input);
      changed(input.id, copy.id);
      return copy;
    },
    'drafts.revisions': async ({ id }) => ({ revisions: await store.listRevisions(id) }),
    'drafts.restoreRevision': async (input) => {
      const ack = await store.restoreRevision(input);
      changed(ack.id);
      return ack;
    },
    'drafts.storeStatus': () => store.openReport,
    'drafts.import': async ({ programId, files }) => {
      requireProgram(programId);
      const results = importFiles(files.map((file) => ({ name: file.name, content: Buffer.from(file.contentBase64, 'base64') })));
      const answers = [];
      for (const [index, result] of results.entries()) {
        const name = files[index]?.name ?? '';
        if (!result.ok) {
          answers.push({ name, ok: false as const, message: result.message });
          continue;
        }
        const { title, bodyHtml, contentType, images } = result.draft;
        const draft = await store.create({ programId, title, bodyHtml, contentType, images: images.map((image) => ({ url: image.url, localFileRef: null, altText: image.altText })) });
        answers.push({ name, ok: true as const, draftId: draft.id });
      }
      const created = answers.flatMap((answer) => (answer.ok ? [answer.draftId] : []));
      if (created.length > 0) changed(...created);
      return { results: answers };
    },
    'drafts.export': async ({ id, format }) => {
      const draft = await store.get(id);
      return exportDraft({ title: draft.title, bodyHtml: draft.bodyHtml, summary: draft.summary === '' ? null : draft.summary }, format);
    },
  };
}
