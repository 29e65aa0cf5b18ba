import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import {
  Alert,
  Button,
  Card,
  ConfirmDialog,
  LiveMessage,
  Spinner,
  Table,
  useFocusAfterDialog,
} from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { type TRetentionHold, useLiftHold, useRetentionHolds } from './api.ts';
import { PlaceHoldForm } from './PlaceHoldForm.tsx';

function HoldTable(props: { holds: TRetentionHold[]; onLift: (hold: TRetentionHold) => void }) {
  return (
    <Table caption="Aktive Löschsperren" captionHidden stacked>
      <thead>
        <tr>
          <th scope="col">Aktenzeichen</th>
          <th scope="col">Grund</th>
          <th scope="col">Gesetzt</th>
          <th scope="col">
            <span className="visually-hidden">Aktion</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.holds.map((h) => (
          <tr key={h.id}>
            <td data-label="Aktenzeichen" className="nowrap">
              <strong>{h.reference}</strong>
            </td>
            <td data-label="Grund" className="pre-wrap">
              {h.reason}
            </td>
            <td data-label="Gesetzt">
              {h.placedBy}
              <br />
              <span className="small muted nowrap">{formatDateTime(h.placedAt)}</span>
            </td>
            <td data-label="Aktion">
              <Button
                variant="secondary"
                size="sm"
                aria-label={`Sperre aufheben: ${h.reference}`}
                onClick={() => props.onLift(h)}
              >
                Sperre aufheben
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** "Löschsperren": cases kept from erasure (legal hold), why and by whom; placed and lifted here. */
export function HoldsCard() {
  const holds = useRetentionHolds();
  const lift = useLiftHold();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState<TRetentionHold | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const items = holds.data?.items ?? [];
  // After a lift the button is gone with its row: focus goes to the list.
  const focusList = useFocusAfterDialog(listHeading, confirming !== null);

  function liftConfirmed() {
    const hold = confirming;
    if (!hold) return;
    lift.mutate(hold.id, {
      onSuccess: () => {
        setConfirming(null);
        setMessage(`Die Löschsperre für ${hold.reference} ist aufgehoben.`);
        focusList();
      },
      onError: () => setConfirming(null),
    });
  }

  return (
    <Card title="Löschsperren" aria-label="Löschsperren">
      <div className="stack">
        <p className="small muted">
          Ein gesperrter Fall wird nicht gelöscht, auch wenn seine Frist abgelaufen ist – etwa während eines
          Gerichtsverfahrens. Die Sperre gilt, bis Sie sie aufheben.
        </p>
        <LiveMessage
          error={lift.isError ? `Nicht aufgehoben: ${errorMessage(lift.error)}` : null}
          success={message}
        />
        <h3 ref={listHeading} tabIndex={-1} className="retention-subtitle">
          Aktive Sperren
        </h3>
        {holds.isPending ? <Spinner label="Löschsperren werden geladen …" /> : null}
        {holds.isError ? (
          <Alert tone="danger" title="Die Löschsperren konnten nicht geladen werden">
            <p>{errorMessage(holds.error)}</p>
          </Alert>
        ) : null}
        {holds.data ? (
          items.length === 0 ? (
            <p>Kein Fall ist gesperrt.</p>
          ) : (
            <HoldTable holds={items} onLift={setConfirming} />
          )
        ) : null}
        <PlaceHoldForm
          heldCaseIds={items.map((h) => h.caseId)}
          onPlaced={() => {
            lift.reset();
            setMessage(null);
          }}
        />
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title="Löschsperre aufheben?"
        confirmLabel="Sperre aufheben"
        tone="danger"
        busy={lift.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={liftConfirmed}
      >
        <p>
          Der Fall {confirming?.reference} kann danach wieder gelöscht werden, sobald seine Frist abgelaufen
          ist: mit dem nächsten Löschlauf, bei automatischem Löschen nach dem nächsten nächtlichen Probelauf.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
