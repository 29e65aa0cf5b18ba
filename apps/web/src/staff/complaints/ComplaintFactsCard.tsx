import { complaintTopicLabels, type TComplaintDetail } from '@lotse/shared';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import {
  Button,
  Card,
  ConfirmDialog,
  DefinitionList,
  LiveMessage,
  useFocusAfterDialog,
} from '../../ui/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useShareComplaint, useTakeComplaint } from './api.ts';
import { ComplaintStatusBadge, OverdueBadge } from './ComplaintBadges.tsx';

/** The complaint's facts and the steps the server allows: take it, share it with the caseworker. */
export function ComplaintFactsCard(props: { complaint: TComplaintDetail }) {
  const c = props.complaint;
  const take = useTakeComplaint(c.id);
  const share = useShareComplaint(c.id);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  // The pressed button disappears after its step; focus goes to the facts, not to the page's start.
  const facts = useRef<HTMLDivElement>(null);
  const may = (action: TComplaintDetail['allowedActions'][number]) => c.allowedActions.includes(action);
  const concerned = c.concerns ? `Die betroffene Fachkraft (${c.concerns})` : 'Die Fachkraft des Falls';

  const focusFacts = useFocusAfterDialog(facts, confirming);

  function done(text: string) {
    setMessage(text);
    focusFacts();
  }

  return (
    <Card title="Angaben" aria-label="Angaben" className="complaint-facts">
      <div ref={facts} tabIndex={-1}>
        <DefinitionList
          items={[
            { term: 'Thema', value: complaintTopicLabels[c.topic] },
            { term: 'Von', value: c.from },
            { term: 'Eingegangen', value: formatDateTime(c.receivedAt) },
            {
              term: 'Antwort bis',
              value: (
                <span className="cluster">
                  {formatDate(c.dueOn)}
                  {c.overdue ? <OverdueBadge /> : null}
                </span>
              ),
            },
            { term: 'Status', value: <ComplaintStatusBadge status={c.status} /> },
            { term: 'Bearbeitung', value: c.handler ?? '–' },
            { term: 'Team', value: c.team ?? '–' },
            { term: 'Aktenzeichen des Falls', value: c.caseReference ?? 'kein Fall' },
            { term: 'Betrifft', value: c.concerns ?? '–' },
            {
              term: 'Mit der Fachkraft geteilt',
              value: c.sharedAt ? formatDateTime(c.sharedAt) : 'nein',
            },
          ]}
        />
      </div>
      <div className="stack-sm complaint-actions">
        <LiveMessage error={take.isError ? errorMessage(take.error) : null} success={message} />
        {may('take') || may('share') ? (
          <div className="cluster">
            {may('take') ? (
              <Button
                busy={take.isPending}
                onClick={() => {
                  setMessage(null);
                  take.mutate(undefined, { onSuccess: () => done('Sie bearbeiten die Beschwerde jetzt.') });
                }}
              >
                Übernehmen
              </Button>
            ) : null}
            {may('share') ? (
              <Button
                variant="secondary"
                onClick={() => {
                  setMessage(null);
                  share.reset();
                  setConfirming(true);
                }}
              >
                Mit der Fachkraft teilen
              </Button>
            ) : null}
          </div>
        ) : null}
        {may('share') ? (
          <p className="muted small">
            Erst nach dem Teilen sieht die Fachkraft die Beschwerde auf der Seite des Falls.
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Beschwerde mit der Fachkraft teilen?"
        confirmLabel="Jetzt teilen"
        busy={share.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          share.mutate(undefined, {
            onSuccess: (updated) => {
              setConfirming(false);
              done(
                updated.caseReference
                  ? `Die Beschwerde ist geteilt. Sie steht jetzt auf der Seite des Falls ${updated.caseReference}.`
                  : 'Die Beschwerde ist geteilt.',
              );
            },
          })
        }
      >
        <p>
          Die Beschwerde erscheint dann auf der Seite des Falls {c.caseReference}. {concerned} und alle
          anderen, die den Fall lesen dürfen, lesen dann die Beschwerde und die Antwort an die Familie – auch
          eine Antwort, die erst später geschrieben wird.
        </p>
        <p>Das Teilen lässt sich nicht rückgängig machen.</p>
        <LiveMessage error={share.isError ? errorMessage(share.error) : null} />
      </ConfirmDialog>
    </Card>
  );
}
