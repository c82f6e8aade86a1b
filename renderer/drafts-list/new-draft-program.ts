import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { defaultProgramId } from '../drafts/new-draft.js';
import { unwrap } from '../studio/unwrap.js';

/**
 * The program new drafts and imports go to, by the studio's one rule (the program chosen in Settings, else
 * the Sandbox program). The preferences are read at the moment of the click, so a change made a second
 * ago in Settings counts.
 */
export async function newDraftProgramId(studio: StudioApi): Promise<string> {
  return defaultProgramId(studio, await unwrap(studio.settings.get()));
}
