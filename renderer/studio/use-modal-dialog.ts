import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a native `<dialog>` as modal while the component is mounted: the
 * browser then keeps focus inside it and makes the page behind inert.
 * jsdom has no `showModal`, so there the dialog is simply marked open.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (element.open && typeof element.close === 'function') element.close();
    };
  }, []);
  return dialog;
}
