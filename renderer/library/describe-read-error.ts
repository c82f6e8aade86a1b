import { StudioError } from '../../shared/ipc/studio-error.js';
import { describeError } from '../studio/describe-error.js';

/**
 * Why a read from Firstup failed, in a sentence. Offline gets the screen's
 * own sentence (what needs the connection, and that drafts do not); every
 * other code already carries a message written for people.
 */
export function describeReadError(error: unknown, offlineSentence: string): string {
  if (error instanceof StudioError && error.code === 'offline') return offlineSentence;
  return describeError(error);
}

export const LIBRARY_OFFLINE = 'Firstup cannot be reached; the Library needs a connection. Your drafts still work offline.';
export const TOPICS_OFFLINE = 'Firstup cannot be reached; topics need a connection. Your drafts still work offline.';
