import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, EmptyState, LiveMessage, Spinner } from '../../ui/index.ts';
import { useMeetings } from './api.ts';
import { MeetingList } from './MeetingList.tsx';
import { ProposeMeetingForm } from './ProposeMeetingForm.tsx';

/** Appointments with the family: proposed slots, the chosen one, the way into the video room. */
export function MeetingsPanel(props: { requestId: string }) {
  const meetings = useMeetings(props.requestId);
  const [proposing, setProposing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const openButtonId = useId();
  const wasProposing = useRef(false);

  // Closing the form brings keyboard focus back to where it was opened.
  useEffect(() => {
    if (wasProposing.current && !proposing) document.getElementById(openButtonId)?.focus();
    wasProposing.current = proposing;
  }, [proposing, openButtonId]);

  return (
    <Card
      title="Termine"
      actions={
        proposing ? null : (
          <Button
            id={openButtonId}
            variant="secondary"
            size="sm"
            onClick={() => {
              setSaved(null);
              setProposing(true);
            }}
          >
            Termine vorschlagen
          </Button>
        )
      }
    >
      <div className="stack">
        <LiveMessage success={saved} />
        {proposing ? (
          <ProposeMeetingForm
            requestId={props.requestId}
            onCancel={() => setProposing(false)}
            onDone={(count) => {
              setProposing(false);
              setSaved(
                count === 1
                  ? 'Der Terminvorschlag wurde an die Familie geschickt.'
                  : `${count} Terminvorschläge wurden an die Familie geschickt.`,
              );
            }}
          />
        ) : null}
        {meetings.isPending ? <Spinner label="Termine werden geladen …" /> : null}
        {meetings.isError ? <Alert tone="danger">{errorMessage(meetings.error)}</Alert> : null}
        {meetings.data && meetings.data.length === 0 && !proposing ? (
          <EmptyState>Noch keine Termine vorgeschlagen.</EmptyState>
        ) : null}
        {meetings.data && meetings.data.length > 0 ? <MeetingList meetings={meetings.data} /> : null}
      </div>
    </Card>
  );
}
