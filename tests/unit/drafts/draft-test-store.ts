import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import type { Draft, DraftContent } from '../../../shared/drafts/draft-schema.js';
import { emptyDraftContent } from '../../../shared/drafts/draft-schema.js';
import { openDraftStore, type DraftStore } from '../../../electron/core/drafts/draft-store.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { tempDir } from '../../support/test-core.js';

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-03-01T09:00:00.000Z')) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

export interface TestStore {
  readonly store: DraftStore;
  readonly dataDir: string;
  readonly logger: ReturnType<typeof createMemoryLogger>;
  readonly clock: ReturnType<typeof manualClock>;
  /** Closes and opens the same folder again, as a restart would. */
  reopen(): DraftStore;
  dispose(): void;
}

/** Stands in for the real sanitiser: it removes scripts, so a test can prove the store ran it. */
export const stripScripts = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/gi, '');

export function openTestStore(dataDir = tempDir('drafts')): TestStore {
  const logger = createMemoryLogger();
  const clock = manualClock();
  const open = () => openDraftStore({ dataDir, logger, sanitize: stripScripts, now: clock.now });
  let store = open();
  return {
    get store() {
      return store;
    },
    dataDir,
    logger,
    clock,
    reopen() {
      store.close();
      store = open();
      return store;
    },
    dispose() {
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const programA = randomUUID();
export const programB = randomUUID();

/** The editable part of a draft, as the editor would send it back. */
export function contentOf(draft: Draft): DraftContent {
  const { id, programId, remote, syncStatus, revision, createdAt, updatedAt, ...content } = draft;
  return content;
}

export function article(overrides: Partial<DraftContent> = {}): DraftContent {
  return { ...emptyDraftContent, title: 'Untitled', ...overrides };
}

/** Rejections carry StudioError fields; this reads them without caring about the class. */
export async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string; details?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; details?: unknown };
  }
  throw new Error('Expected the call to fail.');
}

/**
 * A copy of a closed store's folder. libsql keeps a closed connection alive
 * until its statements are garbage-collected; damaging a copy keeps those
 * leftovers away from the file under test.
 */
export function copyOf(dataDir: string): string {
  const copy = tempDir('drafts-copy');
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}
