import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves the focus after the next commit: by then a closing dialog has handed focus back to its opener,
 * and the element to focus exists. Call the returned function to ask for it.
 */
function useFocusAfterCommit(find: () => HTMLElement | null | undefined): () => void {
  const [round, setRound] = useState(0);
  const latestFind = useRef(find);
  useEffect(() => {
    latestFind.current = find;
  });
  useEffect(() => {
    if (round > 0) latestFind.current()?.focus();
  }, [round]);
  return useCallback(() => setRound((n) => n + 1), []);
}

/** After a failed check or a refused save, the first marked field of the form gets the focus. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  return useFocusAfterCommit(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]'));
}

/** After a step that removes the focused button (revoke, end), the focus goes to `target`. */
export function useFocusLater(target: RefObject<HTMLElement | null>): () => void {
  return useFocusAfterCommit(() => target.current);
}
