import { useState } from 'react';
import type { ProgramView } from '../../shared/ipc/contract.js';
import { useSettings } from '../studio/settings-context.js';
import { usePrograms, type ProgramsState } from './use-programs.js';

export interface ChosenProgram {
  readonly programs: ProgramsState;
  /** null until the list is read, or when there is no program at all. */
  readonly chosen: ProgramView | null;
  readonly choose: (programId: string) => void;
  readonly refresh: () => void;
}

/**
 * The program a screen reads from: the one picked on this screen, else the
 * default program from the settings, else the Sandbox program. Kept current
 * as programs sign in or out, since `usePrograms` follows the core's events.
 */
export function useChosenProgram(): ChosenProgram {
  const { state, refresh } = usePrograms();
  const { settings } = useSettings();
  const [picked, setPicked] = useState<string | null>(null);
  const programs = state.status === 'ready' ? state.programs : [];
  const byId = (id: string | null) => (id === null ? undefined : programs.find((view) => view.program.id === id));
  const chosen = byId(picked) ?? byId(settings.defaultProgramId) ?? programs.find((view) => view.isSandbox) ?? programs[0] ?? null;
  return { programs: state, chosen, choose: setPicked, refresh };
}
