import { type ReactNode, useEffect, useId, useRef } from 'react';
import './components.css';

/**
 * Modal dialog on the native <dialog> element: the browser traps focus, closes on Escape and
 * returns focus to the opener. Controlled by `open`.
 */
export function Dialog(props: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** "wide" for forms with several columns (e.g. a person's data). */
  size?: 'normal' | 'wide';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      className={props.size === 'wide' ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={props.onClose}
    >
      {props.open ? (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{props.title}</h2>
            <button
              type="button"
              className="btn btn-link dialog-close"
              onClick={props.onClose}
              aria-label="Dialog schließen"
            >
              ×
            </button>
          </div>
          <div className="dialog-body">{props.children}</div>
        </>
      ) : null}
    </dialog>
  );
}
