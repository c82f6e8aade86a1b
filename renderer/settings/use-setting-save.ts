import { useCallback, useRef, useState } from 'react';
import type { SettingsPatch } from '../../shared/settings/settings-schema.js';
import { describeError } from '../studio/describe-error.js';
import { useSettings } from '../studio/settings-context.js';

export type SaveOutcome = { readonly kind: 'none' } | { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly message: string };

export interface SettingSave<T> {
  /** The value being saved, shown at once so the control does not lag behind the click; the stored value otherwise. */
  readonly shown: T;
  readonly outcome: SaveOutcome;
  readonly submit: (patch: SettingsPatch, value: T) => void;
}

/**
 * One preference's save: "Saved" only once the core has answered, the
 * stored value back in place (and the reason shown) when it refused. Only the
 * latest change may report: an earlier, slower save must not overwrite it.
 */
export function useSettingSave<T>(stored: T): SettingSave<T> {
  const { save } = useSettings();
  const [pending, setPending] = useState<{ readonly value: T } | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'none' });
  const latestSave = useRef(0);

  const submit = useCallback(
    (patch: SettingsPatch, value: T) => {
      const saveNumber = ++latestSave.current;
      setPending({ value });
      setOutcome({ kind: 'none' });
      void save(patch).then(
        () => {
          if (saveNumber !== latestSave.current) return;
          setPending(null);
          setOutcome({ kind: 'saved' });
        },
        (error: unknown) => {
          if (saveNumber !== latestSave.current) return;
          setPending(null);
          setOutcome({ kind: 'failed', message: describeError(error) });
        },
      );
    },
    [save],
  );

  return { shown: pending === null ? stored : pending.value, outcome, submit };
}
