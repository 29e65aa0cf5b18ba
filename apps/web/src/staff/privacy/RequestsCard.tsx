import { dataSubjectRightLabels, type TDataSubjectRequest } from '@lotse/shared';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Card, DefinitionList, LiveMessage, Spinner } from '../../ui/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useDataSubjectRequests } from './api.ts';
import { DecideRequestForm } from './DecideRequestForm.tsx';
import { RecordRequestForm } from './RecordRequestForm.tsx';
import { isOverdue, requestHeadingId, requestStatusLabel } from './requestLabels.ts';

/** Focus moves to the request just recorded or decided, once the refreshed list shows it. */
function focusRequest(requestId: string, framesLeft = 20) {
  requestAnimationFrame(() => {
    const heading = document.getElementById(requestHeadingId(requestId));
    if (heading) heading.focus();
    else if (framesLeft > 0) focusRequest(requestId, framesLeft - 1);
  });
}

function countText(count: number, open: number): string {
  const requests = count === 1 ? '1 Antrag' : `${count} Anträge`;
  return open === 0 ? `${requests}, keiner offen.` : `${requests}, davon ${open} offen.`;
}

function RequestItem(props: { request: TDataSubjectRequest; onDecided: (r: TDataSubjectRequest) => void }) {
  const r = props.request;
  const status = requestStatusLabel(r.status);
  const overdue = isOverdue(r);
  const title = `${dataSubjectRightLabels[r.right]} vom ${formatDate(r.receivedOn)}`;
  return (
    <article className={overdue ? 'privacy-request is-overdue' : 'privacy-request'}>
      <h3 id={requestHeadingId(r.id)} tabIndex={-1} className="privacy-request-title">
        {dataSubjectRightLabels[r.right]}
      </h3>
      <p className="cluster">
        <Badge tone={status.tone}>{status.label}</Badge>
        {overdue ? <Badge tone="danger">Frist überschritten</Badge> : null}
      </p>
      <DefinitionList
        items={[
          { term: 'Eingegangen', value: formatDate(r.receivedOn) },
          {
            term: 'Frist',
            value: overdue ? <strong>{formatDate(r.dueOn)} – überschritten</strong> : formatDate(r.dueOn),
          },
          { term: 'Anliegen', value: <span className="pre-wrap">{r.note}</span> },
          { term: 'Erfasst von', value: r.recordedBy },
          ...(r.status === 'open'
            ? []
            : [
                { term: 'Entscheidung', value: <span className="pre-wrap">{r.decision ?? '–'}</span> },
                {
                  term: 'Entschieden',
                  value: `${formatDateTime(r.decidedAt)}${r.decidedBy ? ` von ${r.decidedBy}` : ''}`,
                },
              ]),
        ]}
      />
      {r.status === 'open' ? (
        <DecideRequestForm request={r} label={`Entscheidung: ${title}`} onDecided={props.onDecided} />
      ) : null}
    </article>
  );
}

/** "Anträge": what the person asked for, with the month to answer, and the decisions. */
export function RequestsCard(props: { personId: string }) {
  const requests = useDataSubjectRequests(props.personId);
  const [message, setMessage] = useState<string | null>(null);
  const items = requests.data?.items ?? [];
  const open = items.filter((r) => r.status === 'open').length;

  function recorded(r: TDataSubjectRequest) {
    setMessage(`Der Antrag ist erfasst. Frist: ${formatDate(r.dueOn)}.`);
    focusRequest(r.id);
  }

  function decided(r: TDataSubjectRequest) {
    setMessage(`Die Entscheidung ist gespeichert: ${requestStatusLabel(r.status).label}.`);
    focusRequest(r.id);
  }

  return (
    <Card title="Anträge" aria-label="Anträge" className="privacy-requests">
      <div className="stack">
        <p className="small muted">
          Auskunft, Berichtigung, Löschung, Einschränkung und Widerspruch (Art. 15–21 DSGVO). Die Person
          bekommt innerhalb eines Monats eine Antwort.
        </p>
        <LiveMessage success={message} />
        {requests.isPending ? <Spinner label="Anträge werden geladen …" /> : null}
        {requests.isError ? (
          <Alert tone="danger" title="Die Anträge konnten nicht geladen werden">
            <p>{errorMessage(requests.error)}</p>
          </Alert>
        ) : null}
        {requests.data ? (
          items.length === 0 ? (
            <p>Für diese Person sind noch keine Anträge erfasst.</p>
          ) : (
            <>
              <p>{countText(items.length, open)}</p>
              <ul className="plain-list privacy-request-list">
                {items.map((r) => (
                  <li key={r.id}>
                    <RequestItem request={r} onDecided={decided} />
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
        <RecordRequestForm personId={props.personId} onRecorded={recorded} />
      </div>
    </Card>
  );
}
