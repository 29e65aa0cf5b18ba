import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useFamilyTranslation } from '../../i18n/address.ts';

/**
 * Modal on the native <dialog> (focus trap, Escape, focus return by the browser), with a close
 * button labelled in the person's language. `tone="danger"` gives the emergency panel its colour.
 */
export function FamilyDialog(props: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  tone?: 'danger';
  className?: string;
}) {
  const { t } = useFamilyTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  const classes = ['fam-dialog', props.tone === 'danger' ? 'fam-dialog-danger' : '', props.className ?? ''];
  return (
    <dialog
      ref={ref}
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onClose={props.onClose}
    >
      {props.open ? (
        <>
          <div className="fam-dialog-header">
            <h2 id={titleId}>{props.title}</h2>
            <button type="button" className="fam-btn fam-btn-quiet fam-dialog-close" onClick={props.onClose}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('common.close')}</span>
            </button>
          </div>
          <div className="fam-dialog-body">{props.children}</div>
        </>
      ) : null}
    </dialog>
  );
}
