/**
 * Local drafts as the store keeps them and as IPC will carry them. Every
 * string and array is bounded so a hostile or buggy renderer cannot make
 * main allocate without limit; the bounds follow Firstup's own (title 1,000,
 * body 5,000,000 characters).
 */
import { z } from 'zod';
import { contentStates } from '../firstup/firstup-views.js';

export const draftContentTypes = ['article', 'link', 'image', 'video'] as const;
export type DraftContentType = (typeof draftContentTypes)[number];

/**
 * local_only: never pushed. in_sync: matches the remote post. changed_here:
 * edited since the last push. changed_remotely: the remote post changed since
 * the last pull. conflict: both.
 */
export const syncStatuses = ['local_only', 'in_sync', 'changed_here', 'changed_remotely', 'conflict'] as const;
export type SyncStatus = (typeof syncStatuses)[number];

/** Snapshots a caller asks for: these are kept 30 days even past the per-draft cap. */
export const requestedSnapshotReasons = ['before_sync', 'before_publish'] as const;
/** `interval`: taken by a save when the newest snapshot is a few minutes old. `before_restore`: the text a restore replaced. */
export const revisionReasons = ['interval', 'before_restore', ...requestedSnapshotReasons] as const;
export type RevisionReason = (typeof revisionReasons)[number];

const isoTime = z.iso.datetime({ offset: true });
const uint = z.number().int().nonnegative();

/** Topic names are cached so lists show them offline; the id is Firstup's. */
export const draftTopicSchema = z.strictObject({ id: uint, name: z.string().max(500) });

/** Either uploaded (`url`) or still a local file waiting for upload (`localFileRef`), or both. */
export const draftImageSchema = z
  .strictObject({ url: z.string().max(2_048).nullable(), localFileRef: z.string().max(1_024).nullable(), altText: z.string().max(2_000) })
  .refine((image) => image.url !== null || image.localFileRef !== null, { message: 'An image needs a url or a local file.' });

/** `embedHtml` is Firstup's player markup, untrusted: sanitise it before rendering. */
export const draftVideoSchema = z.strictObject({ videoId: uint, embedHtml: z.string().max(100_000), url: z.string().max(2_048).nullable() });

/** `userId` is only meaningful inside the draft's program. */
export const draftAuthorSchema = z.strictObject({ userId: uint.nullable(), displayName: z.string().max(200).nullable() });

/** The post this draft was pushed to or pulled from. */
export const draftRemoteSchema = z.strictObject({
  id: uint,
  uuid: z.string().max(64),
  state: z.enum(contentStates),
  updatedAt: z.string().max(40).nullable(),
});
export type DraftRemote = z.output<typeof draftRemoteSchema>;

/** What the editor changes; a save replaces all of it. */
export const draftContentSchema = z.strictObject({
  contentType: z.enum(draftContentTypes),
  title: z.string().max(1_000),
  summary: z.string().max(5_000),
  /** Sanitised HTML: the store runs the injected sanitiser on every write. */
  bodyHtml: z.string().max(5_000_000),
  linkUrl: z.string().max(2_048).nullable(),
  topics: z.array(draftTopicSchema).max(500),
  images: z.array(draftImageSchema).max(500),
  videos: z.array(draftVideoSchema).max(100),
  author: draftAuthorSchema,
  /** null: the program's default. */
  visibility: z.enum(['private', 'public']).nullable(),
  featured: z.boolean(),
});
export type DraftContent = z.output<typeof draftContentSchema>;

export const emptyDraftContent: DraftContent = {
  contentType: 'article',
  title: '',
  summary: '',
  bodyHtml: '',
  linkUrl: null,
  topics: [],
  images: [],
  videos: [],
  author: { userId: null, displayName: null },
  visibility: null,
  featured: false,
};

const draftMetaShape = {
  id: z.uuid(),
  programId: z.uuid(),
  remote: draftRemoteSchema.nullable(),
  syncStatus: z.enum(syncStatuses),
  /** Starts at 1 and goes up by one with every save or restore. */
  revision: z.number().int().min(1),
  createdAt: isoTime,
  updatedAt: isoTime,
};

export const draftSchema = draftContentSchema.extend(draftMetaShape);
export type Draft = z.output<typeof draftSchema>;

/** A row of the drafts list: everything but the heavy fields. */
export const draftListItemSchema = z.strictObject({
  ...draftMetaShape,
  contentType: draftContentSchema.shape.contentType,
  title: draftContentSchema.shape.title,
  summary: draftContentSchema.shape.summary,
  topics: draftContentSchema.shape.topics,
});
export type DraftListItem = z.output<typeof draftListItemSchema>;

/** Absent content fields take `emptyDraftContent`'s value; `remote` is set when a remote post is pulled into a new draft. */
export const createDraftInputSchema = draftContentSchema.partial().extend({
  id: z.uuid().optional(),
  programId: z.uuid(),
  remote: draftRemoteSchema.nullable().optional(),
});
export type CreateDraftInput = z.input<typeof createDraftInputSchema>;

/** `baseRevision` is the revision the editor started from: a save based on an older one is refused. */
export const saveDraftInputSchema = z.strictObject({ id: z.uuid(), baseRevision: z.number().int().min(1), content: draftContentSchema });
export type SaveDraftInput = z.input<typeof saveDraftInputSchema>;

/** Sent only after COMMIT: this is what lets the editor say "Saved". */
export const draftSaveAckSchema = z.strictObject({ id: z.uuid(), revision: z.number().int().min(1), updatedAt: isoTime });
export type DraftSaveAck = z.output<typeof draftSaveAckSchema>;

/** Recorded by the sync code; it changes neither `revision` nor `updatedAt`, which belong to the text. */
export const syncStateInputSchema = z.strictObject({
  id: z.uuid(),
  baseRevision: z.number().int().min(1),
  remote: draftRemoteSchema.nullable(),
  syncStatus: z.enum(syncStatuses),
});
export type SyncStateInput = z.input<typeof syncStateInputSchema>;

export const draftListRequestSchema = z.strictObject({
  programId: z.uuid().optional(),
  contentType: z.enum(draftContentTypes).optional(),
  /** `none`: drafts never pushed. */
  remoteState: z.enum([...contentStates, 'none']).optional(),
  topicId: uint.optional(),
  syncStatus: z.enum(syncStatuses).optional(),
  /** true: the trash (deleted drafts, kept 30 days) instead of the live drafts. */
  trashed: z.boolean().optional(),
  offset: z.number().int().min(0).max(1_000_000).optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
export type DraftListRequest = z.input<typeof draftListRequestSchema>;

/** `skipped`: rows that failed validation (logged, not shown), so the UI can say some drafts could not be read. */
export const draftListPageSchema = z.strictObject({
  items: z.array(draftListItemSchema).max(200),
  nextOffset: z.number().int().nullable(),
  skipped: uint,
});
export type DraftListPage = z.output<typeof draftListPageSchema>;

/**
 * Plain words, all required. A last word still being typed (no trailing space,
 * three letters or more) matches as a prefix and narrows without ranking, so a
 * one-word query being typed lists the most recently created drafts first.
 * Operators and quotes are text.
 */
export const draftSearchRequestSchema = z.strictObject({
  query: z.string().max(500),
  programId: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).optional(),
});
export type DraftSearchRequest = z.input<typeof draftSearchRequestSchema>;

/** Best match first. */
export const draftSearchResultSchema = z.strictObject({ hits: z.array(draftListItemSchema).max(100), skipped: uint });
export type DraftSearchResult = z.output<typeof draftSearchResultSchema>;

export const moveDraftInputSchema = z.strictObject({ id: z.uuid(), programId: z.uuid() });
export type MoveDraftInput = z.input<typeof moveDraftInputSchema>;

export const revisionInfoSchema = z.strictObject({
  id: z.number().int().min(1),
  /** The draft's revision when the snapshot was taken. */
  revision: z.number().int().min(1),
  reason: z.enum(revisionReasons),
  createdAt: isoTime,
  title: z.string().max(1_000),
});
export type RevisionInfo = z.output<typeof revisionInfoSchema>;

export const restoreRevisionInputSchema = z.strictObject({ id: z.uuid(), revisionId: z.number().int().min(1), baseRevision: z.number().int().min(1) });
export type RestoreRevisionInput = z.input<typeof restoreRevisionInputSchema>;

/** How the store opened: never a silent reset, so the UI shows `message` whenever it is present. */
export const storeOpenReportSchema = z.strictObject({
  restoredFromBackup: z.boolean(),
  movedAsideTo: z.string().max(4_096).optional(),
  message: z.string().max(2_000).optional(),
});
export type StoreOpenReport = z.output<typeof storeOpenReportSchema>;
