import { useCallback, useEffect, useState } from 'react';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import type { Settings, SettingsPatch } from '../../shared/settings/settings-schema.js';
import { describeError } from './describe-error.js';
import { unwrap } from './unwrap.js';

export type StudioSettingsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly settings: Settings }
  | { readonly status: 'failed'; readonly message: string };

export interface StudioSettings {
  readonly state: StudioSettingsState;
  /** Saves a change and resolves with every preference; rejects with a StudioError. */
  readonly save: (patch: SettingsPatch) => Promise<Settings>;
  readonly retry: () => void;
}

/**
 * The preferences as the core holds them: loaded once, then kept current by
 * `settings.changed`, which also carries changes made in other windows.
 */
export function useStudioSettings(studio: StudioApi): StudioSettings {
  const [state, setState] = useState<StudioSettingsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    // A change event is newer than whatever the initial read answers, which may arrive after it.
    let changedSinceRead = false;
    const unsubscribe = studio.onSettingsChanged((settings) => {
      changedSinceRead = true;
      setState({ status: 'ready', settings });
    });
    void unwrap(studio.settings.get()).then(
      (settings) => {
        if (active && !changedSinceRead) setState({ status: 'ready', settings });
      },
      (error: unknown) => {
        if (active && !changedSinceRead) setState({ status: 'failed', message: describeError(error) });
      },
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, [studio, attempt]);

  const save = useCallback(
    async (patch: SettingsPatch) => {
      const settings = await unwrap(studio.settings.set(patch));
      setState({ status: 'ready', settings });
      return settings;
    },
    [studio],
  );

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { state, save, retry };
}
