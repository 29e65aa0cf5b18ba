import { type TCaseDetail, type THousehold, ZCaseDetailSchema } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../api/client.ts';
import { Alert, Button, ConfirmDialog, Dialog } from '../../ui/index.ts';
import { keys } from '../api.ts';
import { fullName } from '../format.ts';
import { HouseholdForm } from './HouseholdForm.tsx';

/**
 * The households of the case, numbered and coloured like their frames in the genogram. Whoever may
 * manage the persons can rename a household, change who lives in it and delete it once it is empty.
 */
export function HouseholdList(props: {
  detail: TCaseDetail;
  canManage: boolean;
  onNotice: (message: string | null) => void;
}) {
  const { detail } = props;
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<THousehold | null>(null);
  const [deleting, setDeleting] = useState<THousehold | null>(null);
  // The pressed button disappears with the household; focus goes to the list heading instead, once
  // the dialog has closed (the dialog's own effect runs first and would return focus to the button).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusList, setFocusList] = useState(false);
  useEffect(() => {
    if (!focusList) return;
    headingRef.current?.focus();
    setFocusList(false);
  }, [focusList]);
  const remove = useMutation({
    mutationFn: (h: THousehold) =>
      api<TCaseDetail>(`/api/cases/${encodeURIComponent(detail.id)}/households/${encodeURIComponent(h.id)}`, {
        method: 'DELETE',
        schema: ZCaseDetailSchema,
      }),
    onSuccess: (updated, h) => {
      queryClient.setQueryData(keys.caseDetail(detail.id), updated);
      setDeleting(null);
      props.onNotice(`Der Haushalt „${h.label}“ wurde gelöscht.`);
      setFocusList(true);
    },
  });

  // In the order of the case's person list, like the form's checkboxes.
  const members = (h: THousehold) => detail.persons.filter((p) => h.personIds.includes(p.id)).map(fullName);

  // The dialogs stay mounted when the last household goes, so an open one is closed properly.
  return (
    <>
      {detail.households.length ? (
        <div className="households">
          <h3 ref={headingRef} tabIndex={-1}>
            Haushalte
          </h3>
          <ol className="plain-list household-list">
            {detail.households.map((h, i) => (
              <li key={h.id} id={`haushalt-${h.id}`} tabIndex={-1}>
                <span className={`household-marker household-tone-${i % 3}`} aria-hidden="true">
                  {i + 1}
                </span>
                <div className="household-body">
                  <span className="household-text">
                    <strong>{h.label}:</strong>{' '}
                    {h.personIds.length ? members(h).join(', ') : <em>niemand eingetragen</em>}
                  </span>
                  {props.canManage ? (
                    <span className="household-actions">
                      <Button
                        variant="secondary"
                        size="sm"
                        onClick={() => {
                          props.onNotice(null);
                          setEditing(h);
                        }}
                      >
                        Bearbeiten<span className="visually-hidden"> (Haushalt „{h.label}“)</span>
                      </Button>
                      {h.personIds.length === 0 ? (
                        <Button
                          variant="secondary"
                          size="sm"
                          onClick={() => {
                            props.onNotice(null);
                            remove.reset();
                            setDeleting(h);
                          }}
                        >
                          Löschen<span className="visually-hidden"> (Haushalt „{h.label}“)</span>
                        </Button>
                      ) : null}
                    </span>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <Dialog open={editing !== null} title="Haushalt bearbeiten" onClose={() => setEditing(null)}>
        {editing ? (
          <HouseholdForm
            key={editing.id}
            detail={detail}
            household={editing}
            onDone={(message) => {
              setEditing(null);
              props.onNotice(message);
            }}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title="Haushalt löschen?"
        confirmLabel="Haushalt löschen"
        tone="danger"
        busy={remove.isPending}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting);
        }}
        onCancel={() => setDeleting(null)}
      >
        {deleting ? (
          <>
            {remove.isError ? <Alert tone="danger">{errorMessage(remove.error)}</Alert> : null}
            <p>Der Haushalt „{deleting.label}“ ist leer und wird aus dem Fall gelöscht.</p>
            <p className="muted small">Die Löschung wird protokolliert.</p>
          </>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
