import type { TErasureCheck } from '@lotse/shared';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Button, Card, ConfirmDialog, LiveMessage, useFocusAfterDialog } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { useErasePerson, useErasureCheck } from './api.ts';
import { caseStatusText } from './retentionLabels.ts';

function CaseList(props: { cases: TErasureCheck['cases'] }) {
  return (
    <ul className="retention-list">
      {props.cases.map((c) => (
        <li key={c.id}>
          <strong className="nowrap">{c.reference}</strong>{' '}
          <span className="muted">· {caseStatusText(c.status)}</span>
        </li>
      ))}
    </ul>
  );
}

function CheckResult(props: { check: TErasureCheck; checkedAt: string }) {
  const { check } = props;
  if (!check.erasable) {
    return (
      <div className="stack-sm">
        <p>
          <strong>Die Person kann jetzt nicht gelöscht werden.</strong> Geprüft am{' '}
          {formatDateTime(props.checkedAt)}.
        </p>
        <ul className="retention-list">
          {check.reasons.map((r) => (
            <li key={`${r.caseId ?? ''}|${r.reason}`}>{r.reason}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="stack-sm">
      <p>
        <strong>Die Person kann gelöscht werden.</strong> Geprüft am {formatDateTime(props.checkedAt)}.
      </p>
      {check.cases.length === 0 ? (
        <p>
          Gelöscht würden die Person, ihre Anträge, Gespräche, Termine, ihr Familienkonto und ihre Dateien.
        </p>
      ) : (
        <>
          <p>
            Gelöscht würden die Person und ihre Fälle als Ganzes – mit allem, was darin über andere steht –,
            dazu ihre Anfragen, Gespräche, Termine, ihr Familienkonto und ihre Dateien:
          </p>
          <CaseList cases={check.cases} />
        </>
      )}
    </div>
  );
}

/**
 * "Löschen (Art. 17 DSGVO)": whether the person may be erased now is checked only on request (every
 * check is audited); if nothing prevents it, the erasure is queued after a confirmation.
 */
export function ErasureCard(props: { personId: string; name: string }) {
  const check = useErasureCheck(props.personId);
  const erase = useErasePerson(props.personId);
  const [confirming, setConfirming] = useState(false);
  const [checkedAt, setCheckedAt] = useState('');
  const result = useRef<HTMLHeadingElement>(null);
  const focusResult = useFocusAfterDialog(result, confirming);
  const focusWhenShown = useRef(false);
  const data = check.data;
  // Focus moves to the result once it is drawn (the button stays, the result is below it).
  useEffect(() => {
    if (data && focusWhenShown.current) {
      focusWhenShown.current = false;
      result.current?.focus();
    }
  }, [data]);

  function runCheck() {
    erase.reset();
    focusWhenShown.current = true;
    check.mutate(undefined, { onSuccess: () => setCheckedAt(new Date().toISOString()) });
  }

  function eraseConfirmed() {
    erase.mutate(undefined, {
      onSettled: () => {
        setConfirming(false);
        focusResult();
      },
    });
  }

  const queued = erase.isSuccess;
  return (
    <Card title="Löschen (Art. 17 DSGVO)" aria-label="Löschen (Art. 17 DSGVO)">
      <div className="stack">
        <p>
          Lotse prüft, ob die Person jetzt gelöscht werden darf: kein Fall läuft noch, die Aufbewahrungsfrist
          ist vorbei, keine Löschsperre, keine Anfrage in Bearbeitung. Jede Prüfung steht im
          Zugriffsprotokoll.
        </p>
        {queued ? null : (
          <div className="cluster">
            <Button variant={data ? 'secondary' : 'primary'} busy={check.isPending} onClick={runCheck}>
              {data ? 'Erneut prüfen' : 'Löschung prüfen'}
            </Button>
          </div>
        )}
        <LiveMessage
          error={
            check.isError
              ? `Die Prüfung ist fehlgeschlagen: ${errorMessage(check.error)}`
              : erase.isError
                ? `Nicht gelöscht: ${errorMessage(erase.error)}`
                : null
          }
          success={
            queued
              ? 'Die Löschung läuft im Hintergrund. Danach ist die Person in Lotse nicht mehr zu finden; das Zugriffsprotokoll hält fest, dass gelöscht wurde.'
              : null
          }
        />
        {data ? (
          <>
            <h3 ref={result} tabIndex={-1} className="retention-subtitle">
              Ergebnis der Prüfung
            </h3>
            <CheckResult check={data} checkedAt={checkedAt} />
            {data.erasable && !queued ? (
              <div className="cluster">
                <Button variant="danger" busy={erase.isPending} onClick={() => setConfirming(true)}>
                  Person und ihre Fälle löschen
                </Button>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title={`${props.name} löschen?`}
        confirmLabel="Endgültig löschen"
        tone="danger"
        busy={erase.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={eraseConfirmed}
      >
        <p>
          Lotse löscht {props.name} endgültig
          {data && data.cases.length > 0 ? ' mit diesen Fällen als Ganzes:' : '.'}
        </p>
        {data && data.cases.length > 0 ? <CaseList cases={data.cases} /> : null}
        <p>
          Das lässt sich nicht rückgängig machen. Im Zugriffsprotokoll bleibt nur, dass gelöscht wurde; in
          Sicherungen bleiben die Daten, bis diese ablaufen.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
