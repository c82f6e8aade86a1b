import { useCallback, useEffect, useRef } from 'react';

/** For answers that arrive after the dialog (or the editor) closed: they are dropped, not applied to nothing. */
export function useStillMounted(): () => boolean {
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => mounted.current, []);
}
