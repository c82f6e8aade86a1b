import type { Draft } from '../../shared/drafts/draft-schema.js';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import type { Settings } from '../../shared/settings/settings-schema.js';
import { unwrap } from '../studio/unwrap.js';

/** The program new drafts go to: the one chosen in Settings while it still exists, else the Sandbox program. */
export async function defaultProgramId(studio: StudioApi, settings: Settings): Promise<string> {
  const { programs } = await unwrap(studio.programs.list());
  const chosen = programs.find((view) => view.program.id === settings.defaultProgramId) ?? programs.find((view) => view.isSandbox) ?? programs[0];
  if (chosen === undefined) throw new Error('There is no program to write for. Add one in Settings → Programs.');
  return chosen.program.id;
}

/** An empty article in the default program; the store gives it its id. */
export async function createNewDraft(studio: StudioApi, settings: Settings): Promise<Draft> {
  return unwrap(studio.drafts.create({ programId: await defaultProgramId(studio, settings) }));
}
