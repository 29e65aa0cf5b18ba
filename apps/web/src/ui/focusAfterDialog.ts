import { type RefObject, useEffect, useState } from 'react';

/**
 * Moves focus to `target` once a confirm dialog has closed, e.g. when the button that opened it is
 * gone with its row. Call the returned function where the work is done. The move happens in an
 * effect of the caller, which runs after the dialog's own (its child): closing a native <dialog>
 * hands focus back to its opener, and a move made earlier (requestAnimationFrame) could lose to it.
 */
export function useFocusAfterDialog(target: RefObject<HTMLElement | null>, dialogOpen: boolean): () => void {
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (!due || dialogOpen) return;
    target.current?.focus();
    setDue(false);
  }, [due, dialogOpen, target]);
  return () => setDue(true);
}
