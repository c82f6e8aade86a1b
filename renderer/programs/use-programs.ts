import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgramView } from '../../shared/ipc/contract.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

export type ProgramsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly programs: readonly ProgramView[] }
  | { readonly status: 'failed'; readonly message: string };

export interface Programs {
  readonly state: ProgramsState;
  /** Reads the list again; callers need not wait, the state follows. */
  readonly refresh: () => void;
}

/**
 * The program list as the core holds it, read again whenever the core says
 * a status or the list changed (including from another window, or a sign-in
 * finishing in the browser minutes later).
 */
export function usePrograms(): Programs {
  const studio = useStudio();
  const [state, setState] = useState<ProgramsState>({ status: 'loading' });
  // Reads overlap when events come in bursts; only the latest may land, or an older list could overwrite a newer one.
  const latestRead = useRef(0);
  const mounted = useRef(true);

  const refresh = useCallback(() => {
    const readNumber = ++latestRead.current;
    void unwrap(studio.programs.list()).then(
      ({ programs }) => {
        if (mounted.current && readNumber === latestRead.current) setState({ status: 'ready', programs });
      },
      (error: unknown) => {
        if (mounted.current && readNumber === latestRead.current) setState({ status: 'failed', message: describeError(error) });
      },
    );
  }, [studio]);

  useEffect(() => {
    mounted.current = true;
    const stopStatus = studio.onProgramsStatusChanged(refresh);
    const stopList = studio.onProgramsChanged(refresh);
    refresh();
    return () => {
      mounted.current = false;
      stopStatus();
      stopList();
    };
  }, [studio, refresh]);

  return { state, refresh };
}
